// PLACEHOLDER until the salesforce branch lands its parser (same name and signature).
export function parsePageNumber(text: string): { value: number } | undefined {
  const m = /-?\d[\d,]*(\.\d+)?/.exec(text);
  return m ? { value: Number(m[0].replace(/,/g, '')) } : undefined;
}
