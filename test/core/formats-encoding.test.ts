import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {charsetOf, decodeFeedBytes, decodingSteps} from '../../src/core/encoding.js';
import {windows1252} from '../../src/core/entities.js';
import {C1_LINK, C1_TITLE, c1Link, c1Titles} from './c1-case.js';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)));

describe('decodeFeedBytes', () => {
  // "مصر" in windows-1256 and "é" in ISO-8859-1.
  const arabic = [0xe3, 0xd5, 0xd1];
  it('uses the HTTP charset', () => {
    expect(decodeFeedBytes(bytes('<t>', arabic, '</t>'), 'application/rss+xml; charset=windows-1256')).to.equal('<t>مصر</t>');
  });
  it('then the XML declaration', () => {
    expect(decodeFeedBytes(bytes('<?xml version="1.0" encoding="ISO-8859-1"?><t>Dicas t', [0xe9], 'cnicas</t>'))).to.contain('Dicas técnicas');
  });
  it('a byte-order mark wins over both', () => {
    expect(decodeFeedBytes(bytes([0xef, 0xbb, 0xbf], '<t>', [0xc3, 0xa9], '</t>'), 'text/xml; charset=windows-1256')).to.equal('<t>é</t>');
    expect(decodeFeedBytes(bytes([0xff, 0xfe], [0x3c, 0, 0x74, 0, 0x3e, 0]))).to.equal('<t>');
  });
  it('the HTTP charset wins over the declaration', () => {
    expect(decodeFeedBytes(bytes('<?xml version="1.0" encoding="utf-8"?><t>', arabic, '</t>'), 'text/xml; charset="windows-1256"')).to.contain('مصر');
  });
  it('reads C1 bytes as windows-1252 under a Latin-1 label', () => {
    expect(decodeFeedBytes(bytes('<t>don', [0x92], 't</t>'), 'text/xml; charset=iso-8859-1')).to.equal('<t>don’t</t>');
  });
  it('reads C1 controls in feed text as the windows-1252 characters they stand for, alike in JSON, RSS and Atom (Node too)', async () => {
    expect(await c1Titles()).to.deep.equal([C1_TITLE, C1_TITLE, C1_TITLE]);
    expect(await c1Link()).to.equal(C1_LINK);
  });
  it('reads UTF-8 labelled Latin-1 or windows-1252, by the declaration or the HTTP charset, as UTF-8 (not "CafÃ©"); Latin-1 bytes as labelled', () => {
    const cafe: (string | number[])[] = ['Caf', [0xc3, 0xa9], ' ', [0xe2, 0x82, 0xac]];
    expect(decodeFeedBytes(bytes('<?xml version="1.0" encoding="ISO-8859-1"?><t>', ...cafe, '</t>'))).to.contain('<t>Café €</t>');
    expect(decodeFeedBytes(bytes('<?xml version="1.0" encoding="windows-1252"?><t>', ...cafe, '</t>'))).to.contain('<t>Café €</t>');
    expect(decodeFeedBytes(bytes('<t>', ...cafe, '</t>'), 'text/xml; charset=iso-8859-1')).to.equal('<t>Café €</t>');
    expect(decodeFeedBytes(bytes('<?xml version="1.0" encoding="ISO-8859-1"?><t>Caf', [0xe9], ' ', [0x80], '</t>'))).to.contain('<t>Café €</t>');
  });
  it('skips a label no decoder knows, and defaults to UTF-8', () => {
    expect(decodeFeedBytes(bytes('<t>', [0xc3, 0xa9], '</t>'), 'text/xml; charset=x-klingon')).to.equal('<t>é</t>');
  });
  it('reads undeclared bytes that are not UTF-8 as windows-1252, and undeclared UTF-8 as UTF-8', () => {
    expect(decodeFeedBytes(bytes('<t>Not', [0xed], 'cias ', [0x96, 0x80], '</t>'), 'application/rss+xml')).to.equal('<t>Notícias –€</t>');
    expect(decodeFeedBytes(bytes('<?xml version="1.0"?><t>Not', [0xed], 'cias</t>'))).to.contain('<t>Notícias</t>');
    expect(decodeFeedBytes(bytes('<t>Not', [0xc3, 0xad], 'cias</t>'))).to.equal('<t>Notícias</t>');
  });
  it('reads bytes labelled UTF-8 that are not UTF-8 in the declaration\'s encoding, else as windows-1252', () => {
    // An Arabic site's windows-1256 feed served as `charset=utf-8` (helper-98's Akhbarona copy): not "���".
    const declared = bytes('<?xml version="1.0" encoding="windows-1256"?><t>', arabic, '</t>');
    expect(decodeFeedBytes(declared, 'application/rss+xml; charset=utf-8')).to.contain('<t>مصر</t>');
    expect(decodeFeedBytes(bytes('<t>Not', [0xed], 'cias</t>'), 'text/xml; charset=utf-8')).to.equal('<t>Notícias</t>');
    expect(decodeFeedBytes(bytes('<?xml version="1.0" encoding="utf-8"?><t>Not', [0xed], 'cias</t>'))).to.contain('<t>Notícias</t>');
  });
  it('reads UTF-8 with a few characters cut in half (PHP substr on Arabic) as UTF-8, under any UTF-8 label or none', () => {
    const word = new TextEncoder().encode('الدار البيضاء');
    // Each item's excerpt cut after the first byte of its last letter.
    const items = Array.from({length: 5}, (): (string | number[])[] => ['<i>', [...word, 0xd8], '</i>']).flat();
    const expected = `<t>${'<i>الدار البيضاء\uFFFD</i>'.repeat(5)}</t>`;
    for (const contentType of ['application/rss+xml; charset=utf-8', 'application/rss+xml', 'text/xml; charset=iso-8859-1']) {
      expect(decodeFeedBytes(bytes('<t>', ...items, '</t>'), contentType)).to.equal(expected);
    }
  });
  it('turns C1 controls into windows-1252 characters in slices as one replacement did, in any text', () => {
    // The reference: what decoding did before C1 controls were mapped in slices.
    const reference = (text: string) => text.replace(/^\uFEFF/, '').replace(/[\u0080-\u009F]/g, (char) => windows1252(char.charCodeAt(0)));
    const unit = fc.oneof(fc.integer({min: 0x80, max: 0x9f}).map((code) => String.fromCharCode(code)), fc.constantFrom('a', 'é', '\uFEFF', '😀', '<', 'ت', ' ', '\u0000', '\u00A0'));
    fc.assert(
      fc.property(fc.array(unit, {maxLength: 40}), fc.integer({min: 0, max: 20_000}), (units, padding) => {
        // After a letter (a byte-order mark at the start is the decoder's to drop), padded past a slice, so pairs cut between slices are met too.
        const text = `x${units.join('')}` + (padding > 8_000 ? '\u0092x'.repeat(padding) : '');
        expect(decodeFeedBytes(new TextEncoder().encode(text), 'text/plain; charset=utf-8')).to.equal(reference(text));
      }),
      {numRuns: 300},
    );
  });
  it('decodes in steps of 128 KiB and maps a feed made of C1 controls in steps of 16,384 characters (one decode and a regex callback each were tasks of 40–60 and 219 ms for two megabytes)', () => {
    const bytes = new TextEncoder().encode(`<t>${'\u0092\u0081'.repeat(500_000)}</t>`);
    const steps = decodingSteps(bytes, 'text/xml; charset=utf-8');
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).to.equal(Math.ceil(bytes.length / 131_072) + Math.ceil((1_000_000 + 7) / 16_384));
    // U+0081 stands for no character: dropped.
    expect(step.value).to.equal(`<t>${'’'.repeat(500_000)}</t>`);
    expect(decodeFeedBytes(bytes, 'text/xml; charset=utf-8')).to.equal(step.value);
  });
  it('decodes characters cut between steps whole, in UTF-8, UTF-16 and windows-1256, as one decode does', () => {
    // 2-, 3- and 4-byte characters, 9 bytes a round: steps of 131,072 bytes cut them at every offset.
    const text = `<t>${'é€😀'.repeat(50_000)}مصر</t>`;
    const utf16 = new Uint8Array(new Uint16Array([0xfeff, ...text.split('').map((c) => c.charCodeAt(0))]).buffer);
    for (const [encoded, contentType] of [
      [new TextEncoder().encode(text), 'text/xml; charset=utf-8'],
      [new TextEncoder().encode(text), 'text/xml'],
      [utf16, 'text/xml'],
      [Uint8Array.from({length: 300_000}, (_, i) => 0xc0 + (i % 60)), 'text/xml; charset=windows-1256'],
    ] as const) {
      const expected = new TextDecoder(contentType.endsWith('1256') ? 'windows-1256' : encoded === utf16 ? 'utf-16le' : 'utf-8').decode(encoded);
      expect(decodeFeedBytes(encoded, contentType)).to.equal(expected);
    }
  });
  it('reads undeclared bytes as windows-1252 when the first that are not UTF-8 come steps after the start', () => {
    const head = bytes(`<t>${'Noticias '.repeat(20_000)}`);
    const encoded = Uint8Array.from([...head, 0x96, 0x80, ...bytes('</t>')]);
    expect(decodeFeedBytes(encoded)).to.equal(new TextDecoder('windows-1252').decode(encoded));
    // Cut inside its last character: only the decoder's final flush finds it is not UTF-8.
    const cut = Uint8Array.from([...head, 0xd8]);
    expect(decodeFeedBytes(cut)).to.equal(new TextDecoder('windows-1252').decode(cut));
    const arabic = new TextEncoder().encode(`<t>${'ت'.repeat(200_000)}`);
    expect(decodeFeedBytes(arabic)).to.equal(`<t>${'ت'.repeat(200_000)}`);
  });
  it('reads UTF-16 without a byte-order mark, XML or JSON, by its zero bytes (helper-96: JSON said "not valid JSON")', () => {
    for (const text of ['{"items":[{"title":"مصر"}]}', '[{"id":1}]', '<rss/>']) {
      const units = [...text].map((c) => c.charCodeAt(0));
      const le = Uint8Array.from(units.flatMap((u) => [u & 0xff, u >> 8]));
      const be = Uint8Array.from(units.flatMap((u) => [u >> 8, u & 0xff]));
      expect([decodeFeedBytes(le, 'application/json'), decodeFeedBytes(be)]).to.deep.equal([text, text]);
    }
  });
  it('reads a UTF-16 declaration in bytes that are not UTF-16 (no zero bytes) as the mistake it is', () => {
    const written = bytes('<?xml version="1.0" encoding="UTF-16"?><t>', [0xc3, 0xa9], '</t>');
    expect(decodeFeedBytes(written)).to.contain('<t>é</t>');
  });
  it('reads the charset parameter', () => {
    expect(charsetOf('text/xml; Charset="UTF-8"')).to.equal('UTF-8');
    expect(charsetOf('text/xml')).to.equal(undefined);
  });
});
