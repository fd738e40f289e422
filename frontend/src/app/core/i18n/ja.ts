import { glossary as g, glossaryIn } from './glossary';

/**
 * Japanese: the source dictionary. Its shape is the `Dictionary` type, so the English one must have
 * exactly the same keys. Placeholders are written `{name}`.
 */
export const ja = {
  app: {
    name: '守り Mamori',
    mark: '守り',
    wordmark: 'Mamori',
  },
  lang: {
    label: '表示言語',
    ja: '日本語',
    en: 'English',
  },
  shell: {
    skipToContent: 'メインコンテンツへ移動',
    openMenu: 'メニューを開く',
    closeMenu: 'メニューを閉じる',
    navLabel: 'メインメニュー',
  },
  nav: {
    group: {
      plan: '計画（Plan）',
      do: '運用（Do）',
      check: '点検（Check）',
      act: '改善（Act）',
    },
    home: 'ホーム',
  },
  loading: {
    label: '読み込み中',
    slow: 'サーバーからの応答を待っています。そのままお待ちください。',
    checkingStatus: 'システムの状態を確認しています。そのままお待ちください。',
  },
  home: {
    title: 'ホーム',
    heading: 'ホーム',
    intro:
      `守り（Mamori）は、当社の${g.pms.ja}（${g.pmsShort.ja}）を${g.standard.ja}に沿って運用するための管理コンソールです。` +
      `${g.piLedger.ja}、${g.subcontractor.ja}の管理、${g.training.ja}、${g.incident.ja}への対応、${g.internalAudit.ja}、` +
      `${g.managementReview.ja}までの記録を一か所にまとめ、${g.privacyMark.ja}の審査で求められる証跡をいつでも示せるようにします。`,
    status: {
      title: 'システムの状態',
      checking: '確認しています…',
      ready: '稼働中',
      readyDetail: 'サーバーとデータベースは正常に応答しています。',
      unavailable: '利用できません',
      checkedAt: '最終確認: {time}',
      retry: '再確認',
    },
  },
  notFound: {
    title: 'ページが見つかりません',
    heading: 'ページが見つかりません',
    body: 'お探しのページは存在しないか、移動した可能性があります。アドレスを確認するか、ホームから目的のページを開いてください。',
    home: 'ホームへ戻る',
  },
  deadline: {
    today: '本日期限',
    inOneDay: 'あと1日',
    inDays: 'あと{count}日',
    overdueOneDay: '1日超過',
    overdueDays: '{count}日超過',
  },
  errors: {
    dismiss: '閉じる',
    requestId: '問い合わせ番号: {id}',
    formSummary: '保存できませんでした。次の項目を確認してください。',
    code: {
      VALIDATION_FAILED: '入力内容に誤りがあります。各項目のメッセージを確認して修正してください。',
      BAD_REQUEST: 'リクエストを処理できませんでした。ページを再読み込みして、もう一度お試しください。',
      MALFORMED_JSON: '送信したデータを読み取れませんでした。ページを再読み込みして、もう一度お試しください。',
      PAYLOAD_TOO_LARGE: '送信したデータが大きすぎます。ファイルを小さくするか、分けて送信してください。',
      UNSUPPORTED_MEDIA_TYPE:
        '送信したデータの形式に対応していません。ページを再読み込みして、もう一度お試しください。',
      UNAUTHENTICATED: 'ログインしていないか、ログインの有効期限が切れました。もう一度ログインしてください。',
      FORBIDDEN: `この操作を行う権限がありません。必要な場合は${g.piProtectionManager.ja}に相談してください。`,
      NOT_FOUND:
        'データが見つかりませんでした。削除されたか、閲覧する権限がない可能性があります。一覧から開き直してください。',
      METHOD_NOT_ALLOWED: 'この操作には対応していません。ページを再読み込みしてください。',
      NOT_ACCEPTABLE: '要求された形式では応答できません。ページを再読み込みしてください。',
      CONFLICT: '現在の状態ではこの操作を行えません。最新の内容を表示し直してから操作してください。',
      STALE_VERSION: 'ほかの人が先にこのデータを更新しました。再読み込みし、最新の内容に変更を加え直してください。',
      GONE: 'このデータは削除されたため、利用できません。',
      UNPROCESSABLE: '業務ルールにより、この操作は受け付けられませんでした。内容を確認してください。',
      CSRF_TOKEN_INVALID: 'セキュリティ確認の有効期限が切れました。ページを再読み込みして、もう一度お試しください。',
      TOO_MANY_REQUESTS: '短時間に多くの操作が行われました。少し待ってから、もう一度お試しください。',
      INTERNAL_ERROR:
        'サーバーで予期しないエラーが発生し、記録されました。もう一度お試しいただき、続く場合は問い合わせ番号を添えてシステム管理者に連絡してください。',
      SERVICE_UNAVAILABLE: 'サービスが一時的に利用できません。しばらくしてから、もう一度お試しください。',
      DATABASE_UNAVAILABLE:
        'データベースに接続できません。しばらくしてから、もう一度お試しください。続く場合はシステム管理者に連絡してください。',
      NETWORK_UNREACHABLE: 'サーバーに接続できません。ネットワーク接続を確認して、もう一度お試しください。',
      UNKNOWN: '処理を完了できませんでした。もう一度お試しいただき、続く場合はシステム管理者に連絡してください。',
    },
    field: {
      REQUIRED: '必須項目です。入力してください。',
      UNKNOWN_FIELD: 'この項目は受け付けられません。ページを再読み込みしてください。',
      NOT_A_STRING: '文字で入力してください。',
      NOT_AN_INTEGER: '整数で入力してください。',
      NOT_A_NUMBER: '数値で入力してください。',
      NOT_A_BOOLEAN: 'はい・いいえのどちらかを選んでください。',
      NOT_A_DATE: '日付の形式が正しくありません（例: 2026/06/10）。',
      NOT_AN_EMAIL: 'メールアドレスの形式が正しくありません。',
      NOT_A_UUID: '識別子の形式が正しくありません。ページを再読み込みしてください。',
      NOT_ALLOWED_VALUE: '選べない値です。候補の中から選んでください。',
      TOO_SMALL: '値が小さすぎます。',
      TOO_LARGE: '値が大きすぎます。',
      TOO_SHORT: '文字数が足りません。',
      TOO_LONG: '文字数が多すぎます。短くしてください。',
      BAD_LENGTH: '文字数が正しくありません。',
      TOO_FEW_ITEMS: '項目が足りません。',
      TOO_MANY_ITEMS: '項目が多すぎます。',
      NOT_AN_ARRAY: '一覧の形式で指定してください。',
      BAD_FORMAT: '形式が正しくありません。',
      INVALID: '入力内容を確認してください。',
    },
  },
  glossary: glossaryIn('ja'),
};

/** The shape every language's dictionary has. A key missing from another language is a compile error. */
export type Dictionary = typeof ja;
