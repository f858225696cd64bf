import {
  DIRECTIONS,
  ROLLUP_METHODS,
  SUPPORT_KINDS,
  TASK_KINDS,
  TASK_TAGS,
} from '../../../contracts/tasks.ts';
import { normalizeKey } from './workbook-text.ts';

type Term = { vi: string; en: string; aliases?: readonly string[] };

/** The words a workbook may use for each code of one enumeration, in both languages. */
export type Vocabulary<T extends string> = {
  readonly codes: readonly T[];
  /** The Vietnamese word written into workbooks. */
  label(code: T): string;
  /** The English word (for English messages). */
  labelEn(code: T): string;
  /** The code for a word, ignoring case and diacritics; accepts vi, en, the code and aliases. */
  lookup(text: string): T | null;
};

function vocabulary<T extends string>(codes: readonly T[], terms: Record<T, Term>): Vocabulary<T> {
  const byKey = new Map<string, T>();
  for (const code of codes) {
    const term = terms[code];
    for (const word of [code, term.vi, term.en, ...(term.aliases ?? [])]) {
      const key = normalizeKey(word);
      const existing = byKey.get(key);
      if (existing && existing !== code) throw new Error(`"${word}" names both ${existing} and ${code}`);
      byKey.set(key, code);
    }
  }
  return {
    codes,
    label: (code) => terms[code].vi,
    labelEn: (code) => terms[code].en,
    lookup: (text) => byKey.get(normalizeKey(text)) ?? null,
  };
}

/** Loại: chỉ tiêu (target) / nhiệm vụ (deliverable). */
export const KIND_WORDS = vocabulary(TASK_KINDS, {
  target: { vi: 'Chỉ tiêu', en: 'Target' },
  deliverable: { vi: 'Nhiệm vụ', en: 'Deliverable', aliases: ['Nhiệm vụ trọng tâm'] },
});

/** Tính chất: việc mới, khó, đột phá, điểm nghẽn, thường xuyên. */
export const TAG_WORDS = vocabulary(TASK_TAGS, {
  new: { vi: 'mới', en: 'new', aliases: ['việc mới'] },
  hard: { vi: 'khó', en: 'hard', aliases: ['việc khó'] },
  breakthrough: { vi: 'đột phá', en: 'breakthrough', aliases: ['việc đột phá'] },
  bottleneck: { vi: 'điểm nghẽn', en: 'bottleneck', aliases: ['nút thắt'] },
  routine: { vi: 'thường xuyên', en: 'routine', aliases: ['việc thường xuyên'] },
});

/** Chiều đánh giá of a target. */
export const DIRECTION_WORDS = vocabulary(DIRECTIONS, {
  at_least: { vi: 'Không thấp hơn', en: 'At least', aliases: ['≥', '>=', 'Tối thiểu', 'Ít nhất'] },
  at_most: {
    vi: 'Không vượt quá',
    en: 'At most',
    aliases: ['≤', '<=', 'Tối đa', 'Không quá', 'Không cao hơn'],
  },
});

/** How a parent target adds up its children (cộng dồn từ cấp dưới). */
export const ROLLUP_WORDS = vocabulary(ROLLUP_METHODS, {
  sum: { vi: 'Tổng', en: 'Sum', aliases: ['Tổng cộng', 'Cộng'] },
  average: { vi: 'Trung bình', en: 'Average', aliases: ['Trung bình cộng', 'avg', 'mean'] },
  min: { vi: 'Nhỏ nhất', en: 'Minimum', aliases: ['Thấp nhất', 'Giá trị nhỏ nhất'] },
});

/** What the superior commits to give (không khoán trắng). */
export const SUPPORT_KIND_WORDS = vocabulary(SUPPORT_KINDS, {
  resources: { vi: 'Nguồn lực', en: 'Resources' },
  mechanism: { vi: 'Cơ chế', en: 'Mechanism' },
  policy: { vi: 'Chính sách', en: 'Policy' },
  funds: { vi: 'Kinh phí', en: 'Funds', aliases: ['Tài chính', 'Ngân sách'] },
});
