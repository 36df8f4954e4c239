/**
 * Finding things: the search (forgiving Arabic, places and events) and the filters (the timeline,
 * counts and address follow; a reload keeps them; one click clears them).
 */
import { describe, expect, it } from 'vitest';
import { StoryMap } from './drivers/story-map.ts';
import { waitUntil } from './helpers/page-probes.ts';
import { loadStoryData } from './helpers/story-data.ts';
import { useStorySite } from './helpers/story-site.ts';

const site = useStorySite();
const data = loadStoryData();

describe('search', () => {
  it('finds Ankara typed as «انقره» and opens it', async () => {
    const story = new StoryMap(site.page, site.origin, data);
    await story.open({ lang: 'ar' });
    await site.page.keyboard.press('/');
    const box = site.page.getByRole('searchbox', { name: 'بحث' });
    expect(await box.evaluate((el) => el === document.activeElement), '/ focuses the search').toBe(true);
    await box.fill('انقره');
    const results = site.page.getByRole('listbox', { name: 'نتائج البحث' });
    const ankara = results.getByRole('option').filter({ hasText: 'أنقرة' }).first();
    await ankara.waitFor({ state: 'visible' });
    expect(await results.locator('mark').first().textContent()).toBe('أنقرة');
    await ankara.click();
    await story.excerptPanel().waitFor({ state: 'visible' });
    expect(await story.excerptPanel().getAttribute('aria-label')).toContain('أنقرة');
  });

  it('peels clitics (بموسكو finds Moscow) and goes to a chosen event', async () => {
    const target = data.events.find((e) => e.properties.title.en.includes('Riyadh'));
    if (target === undefined) throw new Error('no Riyadh event');
    const story = new StoryMap(site.page, site.origin, data);
    await story.open({ lang: 'en' });
    const box = site.page.getByRole('searchbox', { name: 'Search' });
    await box.fill('بموسكو');
    await site.page.getByRole('option').filter({ hasText: 'Moscow' }).first().waitFor({ state: 'visible' });
    await box.fill('riyadh delegations');
    await site.page.getByRole('option').filter({ hasText: target.properties.title.en }).first().click();
    await story.waitForCurrentEvent(target);
  });
});

describe('filters', () => {
  it('narrow the timeline and counts, survive a reload, and clear in one click', async () => {
    const talks = data.events.filter((e) => e.properties.kind === 'talks');
    const story = new StoryMap(site.page, site.origin, data);
    await story.open({ lang: 'en', event: talks[0]?.id ?? '' });
    expect(await story.timeline().getAttribute('aria-valuemax')).toBe(String(data.events.length));

    await site.page.getByRole('button', { name: 'Filters' }).click();
    const group = site.page.getByRole('group', { name: 'Filters' });
    // Countries are named as on the map (Intl's region names say "Türkiye").
    await group.getByRole('checkbox', { name: /^Talks/ }).waitFor();
    expect(await group.getByRole('checkbox', { name: /^Turkey\b/ }).count()).toBe(1);
    expect(await group.textContent()).not.toContain('Türkiye');
    await group.getByRole('checkbox', { name: /^Talks/ }).check();
    await waitUntil(
      () => story.timeline().getAttribute('aria-valuemax'),
      (max) => max === String(talks.length),
      'the slider to count the talks only',
    );
    await story.waitForUrlParam('kinds', 'talks');
    await story.jumpToLastEvent();
    await story.waitForCurrentEvent(talks.at(-1)!);

    await story.reload();
    expect(await story.timeline().getAttribute('aria-valuemax'), 'the filter survives a reload').toBe(
      String(talks.length),
    );
    await site.page.getByRole('button', { name: 'Filters' }).click();
    await group.getByRole('button', { name: 'Clear filters' }).click();
    await waitUntil(
      () => story.timeline().getAttribute('aria-valuemax'),
      (max) => max === String(data.events.length),
      'the slider to count every event again',
    );
    await story.waitForUrlParam('kinds', null);
  });
});
