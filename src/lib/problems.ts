/**
 * Content problems explained for the staff who publish: which file, which field, what is wrong and
 * what to do — in plain Vietnamese first, then in English. One table of message kinds, so every
 * problem the build reports reads the same way in the build log and in the editor's commit checks.
 */
import type { z } from 'astro/zod';

/** One problem in the content: which file, which field, what is wrong and what to do. */
export interface ContentProblem {
  file: string;
  field: string;
  /** English. */
  message: string;
  /** Vietnamese (the staff's language). */
  vi: string;
}

type Args = Record<string, string>;

/** Each kind of problem: its Vietnamese and English message. */
const kinds = {
  badSlug: {
    vi: (a: Args) =>
      `tên "${a.name}" không dùng được làm địa chỉ trang: chỉ dùng chữ thường không dấu a–z, chữ số và dấu gạch ngang (ví dụ: xaysomboun-visit-2026); hãy đổi tên`,
    en: (a: Args) => `the name ${JSON.stringify(a.name)} is not a valid slug; use lowercase letters, digits and hyphens (it becomes the page address)`,
  },
  badFileName: {
    vi: (a: Args) => `tệp "${a.name}" có tên không đúng: các tệp của một mục phải tên là ${a.expected}; hãy đổi tên tệp`,
    en: (a: Args) => `${JSON.stringify(a.name)} is not a name this site reads; name an entry's files ${a.expected}`,
  },
  unknownLanguage: {
    vi: (a: Args) => `tệp "${a.name}" không mang tên một ngôn ngữ của trang: hãy đặt tên ${a.expected}`,
    en: (a: Args) => `${JSON.stringify(a.name)} is not named after a language of this site; name it ${a.expected}`,
  },
  placeholder: {
    vi: (a: Args) => `còn chữ mẫu ⟪…⟫ chưa viết: hãy viết nội dung thay vào, hoặc xóa tệp này nếu bản ${a.locale} chưa sẵn sàng (trang sẽ hiện bản tiếng Việt)`,
    en: (a: Args) =>
      `still holds template text marked ⟪…⟫: write it, or delete this file if the ${a.locale} text is not ready (the page then shows the Vietnamese text)`,
  },
  imageWithoutAlt: {
    vi: (a: Args) => `ảnh "${a.src}" chưa có lời mô tả: hãy viết mô tả giữa hai ngoặc vuông, ![như thế này](${a.src}), cho người không xem được ảnh`,
    en: (a: Args) =>
      `the image ${JSON.stringify(a.src)} has no alt text: describe it between the brackets, ![like this](${a.src}), for readers who cannot see it`,
  },
  twoFiles: {
    vi: (a: Args) => `có hai tệp cùng chứa bản ${a.locale} của một mục (${a.other} và tệp này): hãy giữ lại một tệp`,
    en: (a: Args) => `two files hold the ${a.locale} text of the same entry (${a.other} and this one); keep one`,
  },
  termTwice: {
    vi: (a: Args) => `thuật ngữ "${a.id}" đã có trong ${a.other}: mỗi thuật ngữ chỉ khai báo một lần; hãy xóa một tệp`,
    en: (a: Args) => `"${a.id}" is already defined in ${a.other}; each id is defined once`,
  },
  noVietnamese: {
    vi: (a: Args) => `bản dịch này chưa có bản tiếng Việt gốc: hãy thêm ${a.expected} cùng thư mục (mọi bản dịch đều dịch từ bản tiếng Việt)`,
    en: (a: Args) =>
      `this translation has no Vietnamese source: add ${a.expected} beside it (Vietnamese is the authoritative text every translation is made from)`,
  },
  unknownRef: {
    vi: (a: Args) => `không tìm thấy ${targetVi[a.target] ?? a.target} ${a.value}: hãy chọn một mục có sẵn (${a.known}) hoặc tạo mục đó trước`,
    en: (a: Args) => `unknown ${targetEn[a.target] ?? `${a.target} entry`} ${a.value}; expected one of: ${a.known}`,
  },
  missingItemText: {
    vi: (a: Args) => `thiếu bản dịch của mục ${a.id} trong danh sách ${a.list}: hãy chép mục đó từ index.vi.mdx và dịch phần chữ`,
    en: (a: Args) => `missing text for ${a.id}, which index.vi.mdx lists under ${a.list}: copy the item from the Vietnamese file and translate its text`,
  },
  copiedIdDiffers: {
    vi: (a: Args) =>
      `mã ${a.given} khác với mã ${a.expected} ở cùng vị trí trong index.vi.mdx: mã và thứ tự các mục được chép từ bản tiếng Việt, hãy sửa cho giống`,
    en: (a: Args) =>
      `${a.given} differs from ${a.expected} at the same place in index.vi.mdx: ids and the order of items are copied from the Vietnamese file and must match it`,
  },
  extraItem: {
    vi: (a: Args) => `mục ${a.id} không có trong danh sách ${a.list} của index.vi.mdx: hãy xóa mục này hoặc thêm nó vào bản tiếng Việt trước`,
    en: (a: Args) => `${a.id} is not listed under ${a.list} in index.vi.mdx; remove it, or add it to the Vietnamese file first`,
  },
  chartUnknownFigure: {
    vi: (a: Args) => `biểu đồ dùng số liệu không có trên trang (${a.missing}): chỉ dùng các số liệu đã khai báo (${a.known})`,
    en: (a: Args) => `unknown figure ${a.missing}; expected ids listed under figures: ${a.known}`,
  },
  chartMixedUnits: {
    vi: (a: Args) => `một biểu đồ chỉ so sánh số liệu cùng đơn vị, nhưng ở đây có ${a.units}`,
    en: (a: Args) => `a chart compares figures of one unit, but these mix ${a.units}`,
  },
  notAContentFolder: {
    vi: (a: Args) => `${a.name} không phải thư mục nội dung nên không được đăng: hãy dùng một trong ${a.expected}`,
    en: (a: Args) => `${a.name} is not a content folder, so nothing in it would be published; expected one of: ${a.expected}`,
  },
  strayDataFile: {
    vi: () => `trang không đọc tệp này: dữ kiện nay viết ở đầu tệp index.vi.mdx (npm run content:migrate chuyển bố cục cũ facts.yaml sang)`,
    en: () =>
      `the site does not read this file: facts are now written in the frontmatter of index.vi.mdx (npm run content:migrate converts the old facts.yaml layout)`,
  },
} as const;

const targetEn: Args = { glossary: 'glossary term', sources: 'source document' };
const targetVi: Args = {
  glossary: 'thuật ngữ',
  sources: 'văn bản nguồn',
  partners: 'địa phương đối tác',
  agreements: 'thỏa thuận',
  plans: 'kế hoạch',
  events: 'sự kiện',
  news: 'tin',
  standalone: 'trang riêng',
};

/** The kinds of problem the build can report. */
export type ProblemKind = keyof typeof kinds;

/** A problem of `kind` in `file`/`field`, worded from `args`. */
export function problem(kind: ProblemKind, file: string, field: string, args: Args): ContentProblem {
  return { file, field, message: kinds[kind].en(args), vi: kinds[kind].vi(args) };
}

/** A field path as editors see it: areas[0].tasks[2].lead. */
export const fieldPath = (path: PropertyKey[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('') || '(frontmatter)';

/** A schema problem, with its English message (the schema's) and a Vietnamese one by issue kind. */
export function zodProblem(file: string, issue: z.core.$ZodIssue): ContentProblem {
  const field = fieldPath(issue.path);
  let vi: string;
  if (issue.code === 'unrecognized_keys') {
    vi = `trường ${issue.keys.join(', ')} không được viết ở đây: bản dịch chỉ chứa phần chữ đã dịch, dữ kiện (ngày, mã, số liệu…) chỉ viết một lần trong index.vi.mdx; hãy xóa trường này`;
  } else if (issue.code === 'invalid_type' && issue.input === undefined) {
    vi = `thiếu trường bắt buộc "${field}": hãy điền vào`;
  } else if (issue.code === 'invalid_format' || (issue.code === 'invalid_type' && /date|YYYY/.test(issue.message))) {
    vi = /YYYY/.test(issue.message)
      ? `ngày viết sai dạng: hãy viết NNNN-TT-NN, ví dụ 2024-09-12 (hoặc NNNN-TT, NNNN khi văn bản không ghi ngày, tháng)`
      : `giá trị viết sai dạng (${issue.message}): hãy sửa theo mẫu`;
  } else if (issue.code === 'invalid_value') {
    vi = `giá trị không hợp lệ: hãy chọn một trong ${issue.values.join(', ')}`;
  } else if (issue.code === 'too_small') {
    vi = issue.minimum <= 1 ? `không được để trống: hãy điền vào` : `cần ít nhất ${issue.minimum} mục`;
  } else if (issue.code === 'invalid_type') {
    vi = `giá trị sai kiểu (cần ${issue.expected}): hãy sửa lại`;
  } else {
    vi = `giá trị không hợp lệ: hãy sửa lại (${issue.message})`;
  }
  return { file, field, message: issue.message, vi };
}

/** One readable report of all problems for the build log: Vietnamese first, then English. */
export function formatProblems(problems: ContentProblem[]): string {
  const lines = problems.map((p) => `  ✗ ${p.file}\n      trường ${p.field}: ${p.vi}\n      field ${p.field}: ${p.message}`);
  return `Nội dung có ${problems.length} lỗi cần sửa / The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}

/** Thrown when content breaks a rule; the build stops with its message. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
  }
}
