/**
 * Where the content lives. Tests point CONTENT_DIR at fixture trees to prove that bad content
 * fails the build; everyone else uses the top-level content/ folder.
 */
export const contentDir = (process.env.CONTENT_DIR ?? './content').replace(/\/$/, '');
