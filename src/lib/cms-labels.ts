/**
 * Labels and hints of the editor's fields (Sveltia CMS at /admin/), in Vietnamese and English, by
 * field name; `<collection>.<path>` overrides a name whose meaning differs by collection. The field
 * list itself comes from the schemas (src/lib/cms-config.ts): a schema field without a label here
 * fails the unit test, so a new field cannot reach the editor unlabelled.
 */

import { localeTable, locales, type Locale } from '../i18n/locales.ts';

/** A language's name in Vietnamese, capitalised as a label ("Tiếng Lào"), from Intl's language names. */
function vietnameseName(locale: Locale): string {
  const name = new Intl.DisplayNames('vi', { type: 'language' }).of(locale) ?? localeTable[locale].englishName;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** A field's label and optional hint: [Vietnamese, English]. */
export interface FieldLabel {
  label: [string, string];
  hint?: [string, string];
  /** Editor widget for a text field: one line (string, the default) or several (text). */
  multiline?: boolean;
}

const dateHint: [string, string] = [
  'Viết NNNN-TT-NN (vd. 2024-09-12); NNNN-TT hoặc NNNN khi văn bản không ghi ngày, tháng.',
  'Write YYYY-MM-DD (e.g. 2024-09-12); YYYY-MM or YYYY when the document gives no day or month.',
];
const idHint: [string, string] = [
  'Mã viết thường không dấu, nối bằng gạch ngang (vd. survey-visit); bản dịch chép nguyên mã này.',
  'Lowercase id with hyphens (e.g. survey-visit); translations copy it unchanged.',
];

/** Labels by field name. */
export const fieldLabels: Record<string, FieldLabel> = {
  title: { label: ['Tiêu đề', 'Title'] },
  summary: {
    label: ['Tóm tắt', 'Summary'],
    hint: ['Một hai câu, hiện trong danh sách và kết quả tìm kiếm.', 'One or two sentences, shown in lists and search results.'],
    multiline: true,
  },
  body: {
    label: ['Nội dung', 'Text'],
    hint: ['Tiêu đề mục bắt đầu bằng ##. Chỉ dẫn các văn bản nguồn đã chọn.', 'Headings start with ##. Cite only the source documents chosen.'],
  },
  notes: {
    label: ['Ghi chú nguồn (không đăng)', 'Source notes (not published)'],
    hint: [
      'Trích dẫn văn bản nguồn, cách hiểu số liệu: cho người biên tập sau, không hiện trên trang.',
      'Quotes from the source documents and how figures were read: for later editors, not shown on the site.',
    ],
    multiline: true,
  },
  region: {
    label: ['Vùng', 'Region'],
    hint: [
      'Vùng rộng hơn khi nó không phải đối tác (vd. tỉnh Giang Tô, Trung Quốc).',
      'The wider region, when it is not itself a partner (e.g. Jiangsu province, China).',
    ],
  },
  country: { label: ['Quốc gia', 'Country'], hint: ['Mã ISO 3166 hai chữ in hoa: KR, LA, JP, CN, PL …', 'Two-letter ISO 3166 code: KR, LA, JP, CN, PL …'] },
  level: { label: ['Cấp', 'Level'] },
  nativeName: { label: ['Tên bằng chữ bản địa', 'Name in its own script'], hint: ['Vd. 충청남도, ແຂວງໄຊສົມບູນ', 'E.g. 충청남도, ແຂວງໄຊສົມບູນ'] },
  parent: { label: ['Thuộc địa phương đối tác', 'Part of partner'] },
  vietnameseParty: { label: ['Bên Việt Nam', 'Vietnamese party'] },
  status: { label: ['Tình trạng', 'Status'] },
  areas: { label: ['Lĩnh vực hợp tác', 'Areas of cooperation'] },
  'plans.areas': {
    label: ['Bảng nhiệm vụ theo lĩnh vực', 'Task table by area'],
    hint: [
      'Đúng như văn bản nhóm các nhiệm vụ. Bản dịch chỉ dịch tiêu đề và nội dung nhiệm vụ.',
      'As the document groups the tasks. Translations translate only headings and task texts.',
    ],
  },
  'pages.priorities.areas': { label: ['Lĩnh vực', 'Areas'] },
  coordinates: {
    label: ['Tọa độ (vĩ độ, kinh độ)', 'Coordinates (latitude, longitude)'],
    hint: ['Cho bản đồ: hai số, vd. 18.95 và 103.25.', 'For the map: two numbers, e.g. 18.95 and 103.25.'],
  },
  history: { label: ['Quá trình quan hệ', 'History'], hint: ['Mỗi mốc: ngày, văn bản nguồn và nội dung.', 'Each item: date, source document and text.'] },
  id: { label: ['Mã', 'Id'], hint: idHint },
  'plans.areas.tasks.id': { label: ['Số nhiệm vụ', 'Task number'], hint: ['Như văn bản ghi, vd. 2.1', 'As the document numbers it, e.g. 2.1'] },
  date: { label: ['Ngày', 'Date'], hint: dateHint },
  source: { label: ['Văn bản nguồn', 'Source document'] },
  text: { label: ['Nội dung', 'Text'], multiline: true },
  label: { label: ['Nhãn', 'Label'] },
  sources: {
    label: ['Văn bản nguồn', 'Source documents'],
    hint: ['Các văn bản làm căn cứ cho mục này (ít nhất một).', 'The documents this entry is based on (at least one).'],
  },
  published: { label: ['Ngày đăng', 'Published'], hint: dateHint },
  updated: { label: ['Ngày cập nhật', 'Last updated'], hint: dateHint },
  partners: { label: ['Địa phương đối tác', 'Partner localities'] },
  signed: { label: ['Ngày ký', 'Signed'], hint: dateHint },
  term: { label: ['Thời hạn', 'Term'] },
  from: { label: ['Từ năm', 'From (year)'] },
  to: { label: ['Đến năm', 'To (year)'] },
  agreement: { label: ['Thỏa thuận', 'Agreement'] },
  agreements: { label: ['Thỏa thuận', 'Agreements'] },
  document: { label: ['Văn bản kế hoạch', 'Plan document'] },
  replaces: { label: ['Thay thế kế hoạch', 'Replaces plan'] },
  number: { label: ['Số văn bản', 'Document number'] },
  'sources.number': { label: ['Số văn bản', 'Document number'], hint: ['Để trống nếu văn bản không ghi số.', 'Leave empty if the document has no number.'] },
  period: { label: ['Giai đoạn', 'Period'] },
  budget: { label: ['Kinh phí', 'Budget'] },
  amount: { label: ['Số tiền (đồng)', 'Amount (VND)'], hint: ['Viết đủ chữ số, không dấu chấm: 33400000000', 'All digits, no separators: 33400000000'] },
  currency: { label: ['Đơn vị tiền', 'Currency'] },
  breakdown: { label: ['Chi tiết', 'Breakdown'] },
  tasks: { label: ['Nhiệm vụ', 'Tasks'] },
  lead: { label: ['Cơ quan chủ trì', 'Lead agencies'] },
  coordinating: { label: ['Cơ quan phối hợp', 'Coordinating agencies'] },
  timeframe: {
    label: ['Thời gian thực hiện', 'Timeframe'],
    hint: ['Chọn các năm, hoặc hằng năm, hoặc từ năm học.', 'Years, or every year, or from a school year.'],
  },
  years: { label: ['Các năm', 'Years'] },
  annual: { label: ['Hằng năm', 'Every year'] },
  fromSchoolYear: { label: ['Từ năm học', 'From school year'], hint: ['Vd. 2025-2026', 'E.g. 2025-2026'] },
  start: { label: ['Bắt đầu', 'Start'], hint: dateHint },
  end: { label: ['Kết thúc', 'End'], hint: dateHint },
  recurring: { label: ['Lặp lại hằng năm', 'Recurs every year'] },
  until: { label: ['Lặp lại đến năm', 'Recurs until (year)'] },
  plan: { label: ['Kế hoạch', 'Plan'] },
  figures: {
    label: ['Số liệu', 'Figures'],
    hint: ['Số liệu trích từ văn bản nguồn, với ngày số liệu.', 'Figures quoted from a source document, with the date they refer to.'],
  },
  value: { label: ['Giá trị', 'Value'], hint: ['Đủ đơn vị: 6.822 triệu USD viết 6822000000', 'In whole units: 6,822 million USD is 6822000000'] },
  unit: { label: ['Đơn vị', 'Unit'] },
  qualifier: { label: ['Mức độ', 'Qualifier'], hint: ['hơn (over), khoảng (about), ước tính (estimated)', 'over, about or estimated'] },
  asOf: { label: ['Số liệu tại ngày', 'As of'], hint: dateHint },
  priorities: { label: ['Ưu tiên của huyện, thành phố', 'District priorities'] },
  localities: { label: ['Địa phương', 'Localities'] },
  countries: { label: ['Quốc gia đối tác', 'Partner countries'], hint: ['Mã ISO hai chữ: KR, CN, JP …', 'Two-letter ISO codes: KR, CN, JP …'] },
  charts: {
    label: ['Biểu đồ', 'Charts'],
    hint: ['Mỗi biểu đồ so sánh ít nhất hai số liệu cùng đơn vị.', 'Each chart compares at least two figures of one unit.'],
  },
  'pages.charts.figures': { label: ['Số liệu so sánh (mã)', 'Figures compared (ids)'] },
  issuer: { label: ['Cơ quan ban hành', 'Issued by'] },
  file: { label: ['Tệp văn bản', 'Document file'], hint: ['Tên tệp trong thư mục văn bản nguồn.', 'File name in the source documents folder.'] },
  kind: { label: ['Loại', 'Kind'] },
  // A glossary term's name in each language of the locale table: "Tiếng Lào · Lao".
  ...Object.fromEntries(locales.map((l) => [l, { label: [vietnameseName(l), localeTable[l].englishName] }])),
};

/** Collection names shown in the editor: [Vietnamese, English] (plural, singular). */
export const collectionLabels: Record<string, { plural: [string, string]; singular: [string, string] }> = {
  partners: { plural: ['Địa phương đối tác', 'Partner localities'], singular: ['Địa phương đối tác', 'Partner locality'] },
  agreements: { plural: ['Thỏa thuận hợp tác', 'Agreements'], singular: ['Thỏa thuận', 'Agreement'] },
  plans: { plural: ['Kế hoạch', 'Plans'], singular: ['Kế hoạch', 'Plan'] },
  events: { plural: ['Sự kiện', 'Events'], singular: ['Sự kiện', 'Event'] },
  news: { plural: ['Tin tức', 'News'], singular: ['Tin', 'News item'] },
  standalone: { plural: ['Trang riêng', 'Standalone pages'], singular: ['Trang riêng', 'Standalone page'] },
  sources: { plural: ['Văn bản nguồn', 'Source documents'], singular: ['Văn bản nguồn', 'Source document'] },
  glossary: { plural: ['Thuật ngữ (cơ quan, địa danh)', 'Glossary (agencies, places)'], singular: ['Thuật ngữ', 'Term'] },
};
