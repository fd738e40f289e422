/**
 * Japanese sort order for names and labels, from one shared collator: String#localeCompare with a
 * locale argument builds a collator on every call, which showed up in the progress benchmark.
 */
export const compareJapanese: (a: string, b: string) => number = new Intl.Collator('ja').compare;
