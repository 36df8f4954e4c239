import { check } from '@placemarkio/check-geojson';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ShareExport } from './drivers/share-export.ts';
import { StoryMap } from './drivers/story-map.ts';
import { loadStoryData } from './helpers/story-data.ts';
import { useStorySite } from './helpers/story-site.ts';

const site = useStorySite();
const data = loadStoryData();
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;
const BOM = [0xef, 0xbb, 0xbf];

function expectGeoJsonOfTheStory(bytes: Buffer): void {
  const text = bytes.toString('utf8');
  // The independent validator throws on anything RFC 7946 forbids.
  const checked = check(text);
  expect(checked.type).toBe('FeatureCollection');
  const features = JSON.parse(text).features as {
    id: string;
    geometry: unknown;
    properties: {
      title: { ar: string; en: string };
      note?: { ar: string; en: string };
      excerpts: {
        text: string;
        translation: { en: string };
        citation: { publisher: string; published: string };
      }[];
    };
  }[];
  expect(features.map((f) => f.id)).toEqual(data.events.map((e) => e.id));
  features.forEach((feature, i) => {
    const event = data.events[i];
    if (event === undefined) throw new Error('fewer events than features');
    expect(feature.geometry).toEqual(event.geometry);
    expect(feature.properties.title).toEqual(event.properties.title);
    expect(feature.properties.note).toEqual(event.properties.note);
    expect(feature.properties.excerpts.map((x) => x.text)).toEqual(
      event.properties.excerpts.map((x) => x.text),
    );
    expect(feature.properties.excerpts.map((x) => x.translation.en)).toEqual(
      event.properties.excerpts.map((x) => x.translation.en),
    );
    for (const [j, excerpt] of feature.properties.excerpts.entries()) {
      const article = data.article(event.properties.excerpts[j]?.article ?? '');
      expect(excerpt.citation).toMatchObject({
        publisher: article.publisher,
        published: article.published.date,
      });
    }
  });
}

function expectCsvOfTheStory(bytes: Buffer): void {
  expect([...bytes.subarray(0, 3)], 'UTF-8 byte-order mark, so Excel reads the Arabic').toEqual(BOM);
  const text = bytes.subarray(3).toString('utf8');
  expect(text).toMatch(/\r\n$/);
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const all = data.allExcerpts();
  expect(parsed.data, 'one row per excerpt').toHaveLength(all.length);
  parsed.data.forEach((row, i) => {
    const source = all[i];
    if (source === undefined) throw new Error('more rows than excerpts');
    expect(row['event_id']).toBe(source.event.id);
    expect(row['title_ar']).toBe(source.event.properties.title.ar);
    expect(row['title_en']).toBe(source.event.properties.title.en);
    expect(row['date_start']).toBe(source.event.properties.date.start);
    expect(row['excerpt_ar']).toBe(source.excerpt.text);
    expect(row['excerpt_translation_en']).toBe(source.excerpt.translation.en);
    expect(row['note_en']).toBe(source.event.properties.note?.en ?? '');
    expect(row['publisher']).toBe(data.article(source.excerpt.article).publisher);
    for (const cell of Object.values(row))
      expect(cell, 'no cell may start a formula').not.toMatch(/^[=+\-@]/);
  });
}

describe('exporting the events', () => {
  it('downloads GeoJSON and CSV of every event, built in the browser (English, desktop)', async () => {
    const story = new StoryMap(site.page, site.origin, data);
    const exporter = new ShareExport(site.page);
    await story.open({ lang: 'en' });

    const geojson = await exporter.downloadGeoJson();
    expect(geojson.name).toBe('qanat-events.geojson');
    expectGeoJsonOfTheStory(geojson.bytes);
    await exporter.exportStatus().filter({ hasText: 'qanat-events.geojson' }).waitFor();

    await exporter.closeMenuWithEscape(exporter.exportPanel());
    const csv = await exporter.downloadCsv();
    expect(csv.name).toBe('qanat-events.csv');
    expectCsvOfTheStory(csv.bytes);

    expect(site.outsideRequests(), 'exports are made without a server').toEqual([]);
    expect(site.recorder.pageErrors).toEqual([]);
    expect(site.recorder.consoleErrors).toEqual([]);
  });

  it('works from the phone’s icon button in Arabic, and the panel stays on screen', async () => {
    const context = await site.browser.newContext(PHONE);
    try {
      const page = await context.newPage();
      const story = new StoryMap(page, site.origin, data);
      const exporter = new ShareExport(page);
      await story.open({ lang: 'ar', event: data.events[5]?.id ?? '' });
      await story.openPlace('Ankara');
      await exporter.openExportMenu();
      const box = await exporter.exportPanel().boundingBox();
      if (box === null) throw new Error('the export panel has no box');
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.viewport.width);
      const lead = (await exporter.exportPanel().textContent()) ?? '';
      expect(lead).toContain(`الأحداث: ${data.events.length}`);
      await exporter.closeMenuWithEscape(exporter.exportPanel());
      // Esc closed the menu only, not the place panel under it.
      const ankara = data.placeByEnglishName('Ankara').properties.name.ar;
      expect(
        await page.getByRole('complementary', { name: `ما تقوله المقالات عن ${ankara}` }).isVisible(),
        'the place panel is still open',
      ).toBe(true);

      expectCsvOfTheStory((await exporter.downloadCsv()).bytes);
      await exporter.closeMenuWithEscape(exporter.exportPanel());
      expectGeoJsonOfTheStory((await exporter.downloadGeoJson()).bytes);
    } finally {
      await context.close();
    }
  });

  it('offers to print the chronology', async () => {
    const story = new StoryMap(site.page, site.origin, data);
    await story.open({ lang: 'en', event: data.events[0]?.id ?? '' });
    expect(await new ShareExport(site.page).printFromMenu(), 'window.print() was called').toBe(true);
  });
});
