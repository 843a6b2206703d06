import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../src/report/workbook/charts/chart-spec.js';
import { chartXml, drawingXml } from '../../src/report/workbook/charts/chart-xml.js';

const spec = (kind: ChartSpec['kind']): ChartSpec => ({
  kind,
  title: 'Kosten & baten <per jaar>',
  valueFormat: '#,##0;[Red]-#,##0',
  anchor: { from: { column: 0, row: 10 }, to: { column: 3, row: 30 } },
  series: [{
    name: { ref: "'Sam''s blad'!$A$5", values: ['GR & co'] },
    categories: { ref: "'Sam''s blad'!$D$4:$F$4", values: [2021, 2022, 2023] },
    values: { ref: "'Sam''s blad'!$D$5:$F$5", values: [1, -2.5, 3] },
  }],
});

/** The names of an element's children, in order, for the first match of `parent`. */
function childOrder(xml: string, parent: string): string[] {
  const start = xml.indexOf(`<${parent}>`);
  const end = xml.indexOf(`</${parent}>`, start);
  let body = xml.slice(start + parent.length + 2, end);
  const names: string[] = [];
  while (body.length > 0) {
    const tag = /^<([\w:]+)/.exec(body)?.[1];
    if (tag === undefined) break;
    names.push(tag);
    const selfClosing = new RegExp(`^<${tag}[^>]*/>`).exec(body);
    const close = `</${tag}>`;
    body = selfClosing ? body.slice(selfClosing[0].length) : body.slice(body.indexOf(close) + close.length);
  }
  return names;
}

describe('DrawingML chart parts (Excel drops a chart that breaks the schema order)', () => {
  it('a line chart has its parts in schema order', () => {
    const one = spec('line');
    const xml = chartXml({ ...one, series: [...one.series, ...one.series] }, 100);
    expect(childOrder(xml, 'c:chart')).toEqual(['c:title', 'c:autoTitleDeleted', 'c:plotArea', 'c:legend', 'c:plotVisOnly', 'c:dispBlanksAs']);
    expect(childOrder(chartXml(one, 100), 'c:chart')).not.toContain('c:legend'); // one series needs no legend
    expect(childOrder(xml, 'c:lineChart')).toEqual(['c:grouping', 'c:varyColors', 'c:ser', 'c:ser', 'c:marker', 'c:axId', 'c:axId']);
    expect(childOrder(xml, 'c:ser')).toEqual(['c:idx', 'c:order', 'c:tx', 'c:spPr', 'c:marker', 'c:cat', 'c:val', 'c:smooth']);
    expect(childOrder(xml, 'c:valAx')).toEqual(['c:axId', 'c:scaling', 'c:delete', 'c:axPos', 'c:majorGridlines', 'c:numFmt', 'c:tickLblPos', 'c:crossAx', 'c:crosses', 'c:crossBetween']);
  });

  it('a bar chart runs horizontally, with the schema order of bar series', () => {
    const xml = chartXml(spec('bar'), 200);
    expect(childOrder(xml, 'c:barChart')).toEqual(['c:barDir', 'c:grouping', 'c:varyColors', 'c:ser', 'c:gapWidth', 'c:axId', 'c:axId']);
    expect(childOrder(xml, 'c:ser')).toEqual(['c:idx', 'c:order', 'c:tx', 'c:spPr', 'c:invertIfNegative', 'c:cat', 'c:val']);
    expect(xml).toContain('<c:axId val="201"/><c:axId val="202"/>');
  });

  it('escapes titles, names and references, and caches every value', () => {
    const xml = chartXml(spec('line'), 0);
    expect(xml).toContain('Kosten &amp; baten &lt;per jaar&gt;');
    expect(xml).toContain("<c:f>'Sam''s blad'!$D$5:$F$5</c:f>");
    expect(xml).toContain('<c:v>GR &amp; co</c:v>');
    expect(xml).toContain('<c:ptCount val="3"/><c:pt idx="0"><c:v>1</c:v></c:pt><c:pt idx="1"><c:v>-2.5</c:v></c:pt>');
  });

  it('a drawing anchors each chart to its cells and points at it by relationship id', () => {
    const xml = drawingXml([{ anchor: spec('line').anchor, name: 'Chart 1' }, { anchor: spec('bar').anchor, name: 'Chart 2' }]);
    expect(xml.match(/<xdr:twoCellAnchor/g)).toHaveLength(2);
    expect(xml).toContain('<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>10</xdr:row>');
    expect(xml).toContain('r:id="rId2"');
  });
});
