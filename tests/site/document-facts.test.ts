// Facts the source documents state that the site once omitted or blurred (issue 12), on their pages in all
// four languages, and the Korean rendering of "tham mưu" (건의/보좌, never 자문, which reverses the direction).
// Expected strings are written out by hand from the documents (seeds 000–004), not computed by the site's code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { contentDir, page, siteLocales } from '../helpers/site';

type Locale = (typeof siteLocales)[number];
const text = (path: string) => page(path).querySelector('main')?.text.replace(/\s+/g, ' ') ?? '(no main)';
const hrefs = (path: string) =>
  page(path)
    .querySelectorAll('main a[href]')
    .map((a) => a.getAttribute('href'));

const cases: Array<{ what: string; path: string; expected: Record<Locale, string[]>; links?: string[] }> = [
  {
    what: 'Project 942/QĐ-UBND, Part Two I (004): nearly 100 delegations received, 06 sent, 08 friendship associations',
    path: 'plans/local-cooperation-project-2021-2025/',
    expected: {
      vi: [
        'gần 100 đoàn khách quốc tế',
        '06 đoàn công tác',
        '08 hội hữu nghị song phương cấp tỉnh',
        'trình diễn dân ca quan họ Bắc Giang tại Nhật Bản',
        'cây bồ đề',
      ],
      en: [
        'nearly 100 international delegations',
        '06 working delegations',
        '08 provincial bilateral friendship associations',
        'quan họ folk songs in Japan',
        'bodhi trees',
      ],
      ko: ['약 100개 국제 방문단', '대표단 06개', '성급 양자 우호협회 08개', '관호(quan họ) 민요 공연', '보리수'],
      lo: ['ແຂກສາກົນເກືອບ 100 ຄະນະ', '06 ຄະນະຜູ້ແທນ', 'ສະມາຄົມມິດຕະພາບສອງຝ່າຍຂັ້ນແຂວງ 08 ສະມາຄົມ', 'ກວານເຫາະ (quan họ)', 'ຕົ້ນໂພ'],
    },
    links: ['#part-2-i'],
  },
  {
    what: 'Project 942/QĐ-UBND, Part One II (004): every legal basis and guiding document by number',
    path: 'plans/local-cooperation-project-2021-2025/',
    expected: Object.fromEntries(
      siteLocales.map((l) => [l, ['64/2021/NĐ-CP', '65/2021/NĐ-CP', '22-NQ/TW', '31/NQ-CP', '15-CT/TTg', '40/QĐ-TTg', '61-CTr/TU', '127/KH-UBND']]),
    ) as Record<Locale, string[]>,
    links: ['#part-1-ii'],
  },
  {
    what: 'Project 942/QĐ-UBND, Part Two II (004): limitations with their objective and subjective causes',
    path: 'plans/local-cooperation-project-2021-2025/',
    expected: {
      vi: ['Nguyên nhân khách quan', 'Nguyên nhân chủ quan', 'thành phố Thái Châu mới dừng ở việc ký kết', 'dịch COVID-19'],
      en: ['Objective causes', 'Subjective causes', 'had gone no further than signing', 'COVID-19'],
      ko: ['객관적 원인', '주관적 원인', '체결에 그쳤을 뿐', '코로나19'],
      lo: ['ສາເຫດດ້ານພາວະວິໄສ', 'ສາເຫດດ້ານອັດຕະວິໄສ', 'ຍັງຢຸດຢູ່ພຽງແຕ່ການລົງນາມ', 'COVID-19'],
    },
    links: ['#part-2-ii'],
  },
  {
    what: 'Xaysomboun plan signatory (002: KT. CHỦ TỊCH, PHÓ CHỦ TỊCH Mai Sơn)',
    path: 'plans/xaysomboun-2021-2025/',
    expected: {
      vi: ['Phó Chủ tịch UBND tỉnh Mai Sơn ký thay Chủ tịch'],
      en: ['signed for the Chairman by Vice-Chairman Mai Sơn'],
      ko: ['마이선 부위원장이 위원장을 대리하여 서명'],
      lo: ['ທ່ານ ໄມ ເຊີນ ຮອງປະທານຄະນະກຳມະການປະຊາຊົນແຂວງບັກຢາງ ເປັນຜູ້ລົງນາມແທນປະທານ'],
    },
  },
  {
    what: 'Plan 59/KH-UBND §IV.1 (000): the Department of Foreign Affairs reports to central agencies and follows up the next period',
    path: 'plans/chungcheongnam-2024-2025/',
    expected: {
      vi: ['báo cáo các cơ quan Trung ương về tình hình hợp tác với Hàn Quốc', 'trong giai đoạn tiếp theo', 'tháo gỡ những khó khăn'],
      en: ['reports to the central agencies on cooperation with Korea', 'in the next period', 'difficulties and obstacles'],
      ko: ['중앙 기관에 보고', '다음 단계의 협력 합의서 이행', '어려움과 장애'],
      lo: ['ໃຫ້ບັນດາອົງການສູນກາງ', 'ໃນໄລຍະຕໍ່ໄປ', 'ຄວາມຫຍຸ້ງຍາກ ແລະ ບັນຫາທີ່ເກີດຂຶ້ນ'],
    },
    links: ['#iv-1'],
  },
];

describe.each(cases)('$what', ({ path, expected, links }) => {
  it.each(siteLocales)('%s', (l) => {
    const shown = text(`/${l}/${path}`);
    for (const s of expected[l]) expect(shown, s).toContain(s);
    const documentLinks = hrefs(`/${l}/${path}`).filter((h) => h?.startsWith(`/${l}/documents/`));
    for (const fragment of links ?? [])
      expect(
        documentLinks.some((h) => h!.endsWith(fragment)),
        fragment,
      ).toBe(true);
  });
});

describe('claims that went beyond the documents are gone', () => {
  it.each(siteLocales)('%s', (l) => {
    // The Project states the 482 FDI projects and the "more than 20 countries and territories" separately (004).
    const investment = text(`/${l}/investment/`);
    const joined = {
      vi: '6.822 triệu USD, của doanh nghiệp',
      en: 'US$6,822 million, from enterprises',
      ko: '등록 자본 총액은 68억 2,200만 달러이며, 투자 기업의',
      lo: '6.822 ລ້ານໂດລາສະຫະລັດ ຂອງວິສາຫະກິດ',
    }[l];
    expect(investment).not.toContain(joined);
    // Hekou: the traders come mainly from Hekou and Pingxiang (004, Part Two 2.2): both are named.
    const hekou = page(`/${l}/partners/hekou/`).querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    const pingxiang = { vi: 'Bằng Tường', en: 'Pingxiang', ko: '핑샹시', lo: 'ຜິງຊຽງ' }[l];
    expect(hekou).toContain(pingxiang);
    // Lê Quý Đôn school partnership: the document does not place the Korean school.
    const school = text(`/${l}/agreements/le-quy-don-munjeong-2019-2021/`);
    const placed = { vi: 'Munjeong (quận Seo', en: 'Munjeong Middle School (Seo District', ko: '대전문정중학교(대전광역시 서구)', lo: 'ມຸນຈອງ (ເຂດໂຊ' }[l];
    expect(school).not.toContain(placed);
  });
});

// ── "tham mưu" in Korean ─────────────────────────────────────────────────────────────────────────
const frontmatter = (file: string) => parseYaml(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))![1]);
const plans = [
  'chungcheongnam-2024-2025',
  'japan-korea-roadmap-2017-2018',
  'korea-30th-anniversary-2022',
  'local-cooperation-project-2021-2025',
  'xaysomboun-2021-2025',
];

describe('"tham mưu" is never rendered 자문 in Korean', () => {
  it.each(plans)('tasks of %s', (plan) => {
    const vi = frontmatter(join(contentDir, 'plans', plan, 'index.vi.mdx'));
    const advising = vi.areas.flatMap((a: any) => a.tasks).filter((t: any) => /tham mưu/i.test(t.text));
    const row = (id: string) => page(`/ko/plans/${plan}/`).querySelector(`tr[data-task="${id}"]`)?.text ?? `(no task ${id})`;
    const wrong = advising.filter((t: any) => row(t.id).includes('자문')).map((t: any) => t.id);
    expect(wrong).toEqual([]);
  });

  it('nor in the Korean "implementation" paragraphs where the plans give the Department of Finance and the police a tham mưu role', () => {
    const wrong: string[] = [];
    for (const plan of plans) {
      for (const li of page(`/ko/plans/${plan}/`).querySelectorAll('main li')) {
        const lead = li.querySelector('strong')?.text ?? '';
        if (['재무국', '성 공안국'].includes(lead) && li.text.includes('자문')) wrong.push(`${plan}: ${li.text.slice(0, 60)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
