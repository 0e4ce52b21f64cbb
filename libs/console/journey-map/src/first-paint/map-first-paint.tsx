import type { ReactNode } from 'react';
import { CHANNELS } from '@opencx/domain';
import type { JourneyMap } from '../model/types';
import { FirstPaintSwitch } from './first-paint-switch';
import { MapTitle } from '../map/map-title';
import { PersonaCard } from '../map/persona-card';

const channelKey = (value: string) => ((CHANNELS as readonly string[]).includes(value) ? value : 'other');

const CSS = `
.jm-fp{display:flex;flex-direction:column;gap:12px}
.jm-fp-stages{display:flex;gap:12px;overflow:hidden;align-items:flex-start;max-height:calc(100vh - 240px)}
.jm-fp-stage{flex:0 0 232px;display:flex;flex-direction:column;gap:8px}
.jm-fp-stage-name{margin:0;padding:8px 10px;border-radius:8px;background:#e6f4ff;font-size:14px;font-weight:600;line-height:1.4;display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden}
.jm-fp-card{border:1px solid #d9d9d9;border-radius:8px;background:#fff;padding:8px 10px;font-size:13px;line-height:1.45}
.jm-fp-card-name{font-weight:500;overflow-wrap:anywhere}
.jm-fp-card-meta{color:rgba(0,0,0,.55);font-size:12px;margin-top:4px}
`;

/** The words of the first paint, in the visitor's language (the page reads them on the server). */
export interface MapFirstPaintLabels {
  /** The title block's words (MapTitle, the editor's header shares it): back link, state, status and counts (`mapCountsLine`). */
  back: string;
  state: string;
  status: string;
  counts: string;
  /** Channel key → its name. */
  channels: Record<string, string>;
}

/**
 * The journey map's first paint, rendered on the server (a server component) from the map the page read
 * with the visitor's session: the editor's own title block (MapTitle: name, state, status, counts) and
 * persona card (PersonaCard, read-only), so those paint the same boxes before and after the swap, and
 * every stage with its touchpoints as plain HTML and CSS. The editor loads beside it and takes its place as soon as it has
 * rendered the same map (FirstPaintSwitch), so people read the map before the editor's code arrives.
 * Read-only on purpose: nothing here reacts to a click.
 */
export function MapFirstPaint({ map, labels, children }: { map: JourneyMap; labels: MapFirstPaintLabels; children: ReactNode }) {
  const preview = (
    <section className="jm-fp" aria-busy="true" aria-label={map.name}>
      <style>{CSS}</style>
      <MapTitle name={map.name} backLabel={labels.back} stateLabel={labels.state} future={map.state === 'future'} status={labels.status} description={map.description} counts={labels.counts} />
      {map.persona ? <PersonaCard persona={map.persona} /> : null}
      <div className="jm-fp-stages">
        {map.stages.map((stage) => (
          <div key={stage.id} className="jm-fp-stage">
            <h2 className="jm-fp-stage-name">{stage.name}</h2>
            {stage.touchpoints.map((tp) => (
              <div key={tp.id} className="jm-fp-card">
                <div className="jm-fp-card-name">{tp.name}</div>
                <div className="jm-fp-card-meta">{labels.channels[channelKey(tp.channel)] ?? tp.channel}</div>
              </div>
            ))}
          </div>
        ))}
      </div>
    </section>
  );
  return (
    <FirstPaintSwitch journeyId={map.id} preview={preview}>
      {children}
    </FirstPaintSwitch>
  );
}
