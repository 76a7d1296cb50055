/** Context beyond the source documents that every page states (see ../shared/seeds/README.md). */

/** The day Bắc Giang and Bắc Ninh provinces merged into the new Bắc Ninh province. */
export const mergerDate = '2025-07-01';

/** The glossary id of the province itself (its name in every language, e.g. on the map). */
export const provinceTerm = 'bac-giang-province';

/** Bắc Giang city, the province's centre, as [longitude, latitude] (common geographic knowledge). */
export const provinceCentre: [number, number] = [106.19, 21.27];

/** The province's time zone (UTC+07:00, no daylight saving): feed dates and "today" are read in it. */
export const provinceTimeZone = 'Asia/Ho_Chi_Minh';
