import { describe, expect, it } from 'vitest';
import { imageOf, splitCaption } from '../src/normalise.js';

describe('splitCaption', () => {
  it.each([
    ['Representative Image. Image Credit: ANI', 'Representative Image.', 'ANI'],
    ['Image Credit: Unsplash', null, 'Unsplash'],
    ['Visuals from Andheri subway. Image Credit: ANI', 'Visuals from Andheri subway.', 'ANI'],
    ['Representative image.\n   Image Credit: Reuters\n', 'Representative image.', 'Reuters'],
    ['Monsoon clouds over Kochi. Photo Courtesy: PTI', 'Monsoon clouds over Kochi.', 'PTI'],
    ['Crews near Kurraba Point. Picture: Jessica Lam', 'Crews near Kurraba Point.', 'Jessica Lam'],
    [
      'The terminal stood empty on Friday. Photo: Jeroen Bakker',
      'The terminal stood empty on Friday.',
      'Jeroen Bakker',
    ],
    [
      'Sea water covers Front Street. (Colleen MacIsaac/The Harbour Ledger)',
      'Sea water covers Front Street.',
      'Colleen MacIsaac/The Harbour Ledger',
    ],
    [
      'Senator Jane Roe speaks. (AP Photo/Jon Elswick)',
      'Senator Jane Roe speaks.',
      'AP Photo/Jon Elswick',
    ],
    // Labels that open a caption, or sit inside it, are not credits.
    [
      'File Photo: the minister at an event in 2023',
      'File Photo: the minister at an event in 2023',
      null,
    ],
    ['Ratio: 3/4 of voters (about 75%)', 'Ratio: 3/4 of voters (about 75%)', null],
    ['Representative Image', 'Representative Image', null],
    ['Representative Image | Image Credit: ANI', 'Representative Image', 'ANI'],
    [
      'Fed Holds Rates Steady, Signals One Cut Later This Year',
      'Fed Holds Rates Steady, Signals One Cut Later This Year',
      null,
    ],
  ])('%j', (line, caption, credit) => {
    expect(splitCaption(line)).toEqual({ caption, credit });
  });

  it('has nothing to split in nothing', () => {
    expect(splitCaption(null)).toBeNull();
    expect(splitCaption('  \n ')).toBeNull();
  });
});

describe('imageOf', () => {
  it('takes a credit set apart as it is, and the caption without its trailing separator', () => {
    expect(imageOf('Crews at the harbour wall  -', 'Jo Lam/The Ledger')).toEqual({
      caption: 'Crews at the harbour wall',
      credit: 'Jo Lam/The Ledger',
    });
    expect(imageOf(null, 'Jo Lam')).toEqual({ caption: null, credit: 'Jo Lam' });
  });

  it('reads the credit out of the caption when none is set apart', () => {
    expect(imageOf('Monsoon clouds over Kochi. Photo Courtesy: PTI', null)).toEqual({
      caption: 'Monsoon clouds over Kochi.',
      credit: 'PTI',
    });
    expect(imageOf(null, null)).toBeNull();
  });
});
