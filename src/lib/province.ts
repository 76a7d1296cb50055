/** Context beyond the source documents that every page states (see ../shared/seeds/README.md). */

/** The day Bắc Giang and Bắc Ninh provinces merged into the new Bắc Ninh province. */
export const mergerDate = '2025-07-01';
