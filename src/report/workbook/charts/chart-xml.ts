import { MEANING_COLOURS } from '../styles.js';
import type { ChartData, ChartSeries, ChartSpec } from './chart-spec.js';

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** Escapes text for XML content and attributes. */
export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The DrawingML part `xl/charts/chartN.xml` of a chart, in the element order of the
 * schema (Excel drops a chart that breaks it; LibreOffice is lenient). Modelled on what
 * Excel and XlsxWriter write. `axisBase` makes the axis ids unique in the workbook.
 */
export function chartXml(spec: ChartSpec, axisBase: number): string {
  const categoryAxis = axisBase + 1;
  const valueAxis = axisBase + 2;
  const series = spec.series.map((s, i) => seriesXml(s, i, spec)).join('');
  const axes = `<c:axId val="${categoryAxis}"/><c:axId val="${valueAxis}"/>`;
  const plot =
    spec.kind === 'line'
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axes}</c:lineChart>`
      : spec.kind === 'stackedColumn'
        ? // stacked bars must overlap fully (Excel's own stacked charts write 100)
          `<c:barChart><c:barDir val="col"/><c:grouping val="stacked"/><c:varyColors val="0"/>${series}<c:gapWidth val="50"/><c:overlap val="100"/>${axes}</c:barChart>`
        : `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="80"/>${spec.overlap === undefined ? '' : `<c:overlap val="${spec.overlap}"/>`}${axes}</c:barChart>`;
  // only the horizontal bars run along the vertical axis
  const categoryPosition = spec.kind === 'bar' ? 'l' : 'b';
  const valuePosition = spec.kind === 'bar' ? 'b' : 'l';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NS}><c:roundedCorners val="0"/><c:chart>` +
    `${titleXml(spec.title)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}` +
    `<c:catAx><c:axId val="${categoryAxis}"/><c:scaling><c:orientation val="${spec.kind === 'bar' ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${categoryPosition}"/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="low"/>` +
    `<c:crossAx val="${valueAxis}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="${valueAxis}"/><c:scaling><c:orientation val="minMax"/>${boundsXml(spec)}</c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${valuePosition}"/><c:majorGridlines/>${spec.valueAxis === undefined ? '' : axisTitleXml(spec.valueAxis.title, spec.kind !== 'bar')}` +
    `<c:numFmt formatCode="${xmlEscape(spec.valueFormat)}" sourceLinked="0"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${categoryAxis}"/>` +
    // bars run top-down (categories maxMin): the value axis then belongs at the last category, below
    `<c:crosses val="${spec.kind === 'bar' ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea>${spec.series.length > 1 ? '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' : ''}` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** The value axis's fixed bounds, in the schema's order (max before min); none lets the program choose. */
function boundsXml(spec: ChartSpec): string {
  const axis = spec.valueAxis;
  return `${axis?.max === undefined ? '' : `<c:max val="${axis.max}"/>`}${axis?.min === undefined ? '' : `<c:min val="${axis.min}"/>`}`;
}

/** An axis title; a vertical axis's reads upwards. */
function axisTitleXml(title: string, vertical: boolean): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr${vertical ? ' rot="-5400000" vert="horz"' : ''}/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900" b="0"/></a:pPr>` +
    `<a:r><a:rPr lang="nl-NL" sz="900" b="0"/><a:t>${xmlEscape(title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
  );
}

function titleXml(title: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="nl-NL" sz="1200" b="1"/><a:t>${xmlEscape(title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
  );
}

/**
 * A colour per series, so that lines stay apart when printed. Red and green are left out:
 * they mean a disadvantage and an advantage (MEANING_COLOURS), and a series is neither.
 */
export const SERIES_COLOURS = ['1F4E79', 'BF8F00', '7030A0', '00B0F0', '808080', '000000', '9DC3E6', 'FFD966'];

function seriesXml(series: ChartSeries, index: number, spec: ChartSpec): string {
  const kind = spec.kind;
  const colour = series.colour ?? SERIES_COLOURS[index % SERIES_COLOURS.length] ?? '000000';
  const shape =
    kind === 'line'
      ? `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:round/></a:ln></c:spPr>${markerXml(series, colour)}`
      : `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>${spec.colourBySign === true ? pointColours(series.values.values) : ''}`;
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:strRef><c:f>${xmlEscape(series.name.ref)}</c:f>${stringCache(series.name)}</c:strRef></c:tx>${shape}` +
    `<c:cat>${typeof series.categories.values[0] === 'string' ? stringRef(series.categories as ChartData<string>) : numberRef(series.categories as ChartData<number>, 'General')}</c:cat>` +
    `<c:val>${numberRef(series.values, 'General')}</c:val>${kind === 'line' ? '<c:smooth val="0"/>' : ''}</c:ser>`
  );
}

/** A line's points: none, or a filled circle in the series' colour. */
function markerXml(series: ChartSeries, colour: string): string {
  if (series.markers !== true) return '<c:marker><c:symbol val="none"/></c:marker>';
  const fill = `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>`;
  return `<c:marker><c:symbol val="circle"/><c:size val="7"/><c:spPr>${fill}<a:ln>${fill}</a:ln></c:spPr></c:marker>`;
}

/** Each bar in the colour of its meaning: an advantage (below 0, cheaper) green, a disadvantage red, zero neutral. */
function pointColours(values: readonly number[]): string {
  return values
    .map((v, i) => {
      if (v === 0) return '';
      const colour = v < 0 ? MEANING_COLOURS.advantage : MEANING_COLOURS.disadvantage;
      return `<c:dPt><c:idx val="${i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr></c:dPt>`;
    })
    .join('');
}

function stringRef(data: ChartData<string>): string {
  return `<c:strRef><c:f>${xmlEscape(data.ref)}</c:f>${stringCache(data)}</c:strRef>`;
}

function stringCache(data: ChartData<string>): string {
  const points = data.values.map((v, i) => `<c:pt idx="${i}"><c:v>${xmlEscape(v)}</c:v></c:pt>`).join('');
  return `<c:strCache><c:ptCount val="${data.values.length}"/>${points}</c:strCache>`;
}

function numberRef(data: ChartData<number>, format: string): string {
  const points = data.values.map((v, i) => (Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : '')).join('');
  return `<c:numRef><c:f>${xmlEscape(data.ref)}</c:f><c:numCache><c:formatCode>${xmlEscape(format)}</c:formatCode><c:ptCount val="${data.values.length}"/>${points}</c:numCache></c:numRef>`;
}

/** The drawing part `xl/drawings/drawingN.xml` that places charts on a sheet (relationship ids rId1…). */
export function drawingXml(anchors: readonly { readonly anchor: ChartSpec['anchor']; readonly name: string }[]): string {
  const items = anchors
    .map(({ anchor, name }, i) =>
      `<xdr:twoCellAnchor editAs="oneCell">` +
      `<xdr:from><xdr:col>${anchor.from.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${anchor.from.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:to><xdr:col>${anchor.to.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${anchor.to.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${xmlEscape(name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
      `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId${i + 1}"/>` +
      `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
    )
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ` +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${items}</xdr:wsDr>`
  );
}
