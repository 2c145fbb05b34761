// An Atom content of a type of its own is base64 (RFC 4287), decoded whole before it is read
// as far as a field is. Its bytes were made with Uint8Array.from(string, mapFn), which iterates
// the string and calls back once per byte: for the 2.8 MB of 38 base64 sections that held the
// page 0.4–2 s in one task, two to eight times what the XML parser takes over the document.
// How long depends on the machine (`npm run check-hostile` prints it for the red-team case);
// what is asserted here is that no byte is made by a call back.
import {expect} from '@open-wc/testing';
import sinon from 'sinon';
import {parseFeedText} from '../../src/core/feed.js';

describe('red team: base64 content', () => {
  it('an Atom content of 38 base64 sections of 100,000 characters is decoded without a call back per byte', async () => {
    const section = `<![CDATA[${btoa('Lorem ipsum dolor sit amet. '.repeat(2_700))}]]>`;
    const text = `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>Encoded</title><link href="https://example.com/1"/><content type="application/octet-stream">${section.repeat(38)}</content></entry></feed>`;
    const from = sinon.spy(Uint8Array, 'from');
    try {
      const [item] = (await parseFeedText(text, 'https://example.com/feed.xml')).items;
      expect(item.contentText).to.match(/^Lorem ipsum dolor sit amet\. Lorem/);
      const perByte = from.getCalls().filter((call) => typeof call.args[1] === 'function' && (call.args[0] as unknown as ArrayLike<unknown>).length > 10_000);
      expect(perByte, 'Uint8Array.from with a call back per byte').to.have.length(0);
    } finally {
      from.restore();
    }
  });
});
