import * as OpenCC from 'opencc-js';

// OpenCC's plain character table (from "t"), not the Taiwan phrase table:
// the sources are mainland texts that were only re-encoded in traditional
// characters, so vocabulary must not be "localized" (资讯 ↛ 信息).
const toSimplifiedChars = OpenCC.Converter({ from: 't', to: 'cn' });

export function toSimplified(text: string): string {
  return toSimplifiedChars(text);
}
