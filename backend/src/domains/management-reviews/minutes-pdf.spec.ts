import { figuresLine } from './minutes-pdf';

describe('figuresLine', () => {
  it('names each figure in Japanese and writes dates as the minutes do', () => {
    expect(
      figuresLine([
        { key: 'incidents.clocksMissed', value: 2 },
        { key: 'reviews.previousOn', value: '2026-05-13' },
        { key: 'training.annualCompletion', value: '85%' },
        { key: 'reviews.daysSincePrevious', value: null },
      ]),
    ).toBe(
      '期限を過ぎた報告・通知: 2\u3000／\u3000前回のレビュー: 2026/05/13\u3000／\u3000年次教育キャンペーンの修了率: 85%\u3000／\u3000前回からの日数: —',
    );
  });
});
