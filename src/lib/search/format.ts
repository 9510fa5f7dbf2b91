/** A date as Chinese documents write it: 2017-06-09 → 2017年6月9日. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}
