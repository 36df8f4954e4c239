/** The URL of the story's index.json, made by the site build (src/pipeline/site/story-split-plugin.ts). */
declare module 'virtual:qanat-story-index' {
  const url: string;
  export default url;
}
