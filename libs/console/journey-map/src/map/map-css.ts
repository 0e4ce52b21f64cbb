import { LANE_HEADER_WIDTH, STAGE_HEADER_HEIGHT } from '../model/map-layout';

/**
 * Styles of the map grid, in one <style> element the map renders (the export copies the page's
 * CSS rules, so the PNG/PDF look like the screen). Class names are prefixed `jm-`.
 */
export const MAP_CSS = `
.jm-scroller{overflow:auto;position:relative;background:#fff;border:1px solid #e3e8f0;border-radius:8px;min-height:360px;overscroll-behavior:contain;scroll-padding-left:${LANE_HEADER_WIDTH}px;scroll-padding-top:${STAGE_HEADER_HEIGHT}px}
.jm-sr-only{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.jm-canvas{display:flex;position:relative;background:#fff}
.jm-lanes{position:sticky;left:0;z-index:6;flex:none;background:#f8fafc;border-right:1px solid #e3e8f0;box-shadow:2px 0 6px rgba(15,23,42,.05)}
.jm-corner{position:sticky;top:0;z-index:7;background:#eef3f9;border-bottom:1px solid #e3e8f0;box-sizing:border-box}
.jm-lane-label{position:relative;box-sizing:border-box;padding:8px 10px;border-bottom:1px solid #edf1f6;font-size:13px;font-weight:600;color:#1f2937;display:flex;flex-direction:column;gap:2px}
.jm-lane-hint{font-size:11px;font-weight:400;color:#595959;line-height:1.35}
.jm-lane-hint-icon{color:#6b6b6b;font-size:11px}
.jm-emotion-scale span{position:absolute;right:8px;font-size:11px;font-weight:500;color:#595959}
.jm-track{position:relative;flex:none}
.jm-stage-band{position:sticky;top:0;z-index:5;background:#eef3f9;border-bottom:1px solid #e3e8f0}
.jm-stage{position:absolute;top:0;height:${STAGE_HEADER_HEIGHT}px;box-sizing:border-box;padding:4px 6px 2px 6px;border-right:2px solid #dbe3ee;border-top:4px solid #1f6feb;display:flex;flex-direction:column;gap:2px;background:#eef3f9;overflow:hidden}
.jm-stage-row{display:flex;align-items:flex-start;gap:4px;min-width:0}
.jm-stage-row.jm-stage-foot{align-items:center;margin-top:auto}
.jm-stage-name{flex:1;min-width:0}
.jm-clamp2{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;overflow:hidden;overflow-wrap:anywhere;word-break:normal;line-height:20px}
.jm-stage-overlay{position:relative;width:220px;box-shadow:0 6px 16px rgba(15,23,42,.18);font-weight:600;padding-left:12px}
.jm-stage-index{flex:none;margin-top:-1px;display:inline-flex;align-items:center;justify-content:center;width:20px;height:20px;border-radius:10px;color:#fff;font-size:11px;font-weight:600}
.jm-stage-count{flex:1;font-size:11px;color:#595959;padding-left:2px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.jm-add-stage{position:absolute;top:0;height:100%;display:flex;align-items:center;justify-content:center}
.jm-body{position:relative}
.jm-stage-bg{position:absolute;top:0;bottom:0;border-right:2px solid #e6ebf2}
.jm-stage-bg.odd{background:#fafbfd}
.jm-lane-line{position:absolute;left:0;right:0;height:0;border-bottom:1px solid #edf1f6}
.jm-column{position:absolute;top:0;z-index:2}
.jm-cell{position:absolute;left:0;right:0;box-sizing:border-box;padding:6px 8px;overflow-y:auto;overflow-x:hidden;font-size:13px;line-height:1.45;color:#262626;scrollbar-width:thin}
.jm-cell-touchpoint{padding:6px}
.jm-cell-transparent{overflow:visible;display:flex;align-items:flex-end;justify-content:center;padding:0 4px 4px;pointer-events:none}
.jm-cell-transparent>*{pointer-events:auto}
.jm-card{background:#fff;border:1px solid #d6dfeb;border-radius:8px;padding:4px 8px 6px;box-shadow:0 1px 2px rgba(15,23,42,.06);height:100%;box-sizing:border-box;overflow:hidden;display:flex;flex-direction:column;gap:2px}
.jm-card-moment{border-color:#f7c948;box-shadow:0 0 0 1px #ffe58f inset,0 1px 2px rgba(15,23,42,.06)}
.jm-card-overlay{width:${200 - 12}px;height:auto;box-shadow:0 8px 20px rgba(15,23,42,.2);cursor:grabbing}
.jm-card-head{display:flex;align-items:center;gap:2px;min-height:24px;margin:0 -4px}
.jm-kpis{display:flex;gap:3px;flex-wrap:wrap;overflow:hidden;max-height:39px;flex:none}
.jm-kpi{display:inline-flex;align-items:baseline;gap:2px;flex:none;max-width:100%;box-sizing:border-box;font-size:11px;line-height:16px;padding:0 4px;border:1px solid;border-radius:9px;white-space:nowrap;font-variant-numeric:tabular-nums}
.jm-kpi-label{font-weight:600;max-width:64px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;align-self:center}
.jm-kpi-n{opacity:.75;font-size:9.5px;letter-spacing:-.2px}
.jm-kpi-low{border-style:dashed}
.jm-kpi-more{color:#595959;border-color:#e3e8f0}
.jm-kpi-bar{display:flex;align-items:center;gap:12px;flex-wrap:wrap;font-size:13px}
.jm-legend{display:inline-flex;align-items:center;gap:6px;color:#595959;font-size:12px}
.jm-card-meta{display:flex;gap:8px;font-size:11px;color:#595959;margin-top:auto}
.jm-channel-select{max-width:118px;min-width:0;font-size:12px;white-space:nowrap;flex:0 1 auto}
.jm-channel-select{--ant-select-padding-horizontal:3px}
.jm-card-head .jm-icon-button{padding:2px}
.jm-channel-readonly,.jm-channel-text{font-size:12px;color:#595959;gap:4px;align-items:center;padding-left:4px;white-space:nowrap;flex:none}
.jm-channel-readonly{display:inline-flex}
.jm-handle{cursor:grab;border:none;background:transparent;color:#5f6b7a;padding:2px;border-radius:4px;touch-action:none;display:inline-flex}
.jm-handle:hover{background:#eef3f9;color:#0b5cd5}
.jm-icon-button{border:none;background:transparent;cursor:pointer;color:#595959;padding:2px 4px;border-radius:4px;display:inline-flex;align-items:center}
.jm-icon-button:hover{background:#eef3f9;color:#0b5cd5}
.jm-danger:hover{color:#f5222d}
.jm-moment.on,.jm-moment.on:hover{color:#faad14}
.jm-text{white-space:pre-wrap;word-break:break-word;min-height:20px;border-radius:4px;padding:1px 3px;margin:0 -3px}
.jm-editable{cursor:text}
.jm-editable:hover{background:#f0f6ff;outline:1px dashed #91caff}
/* Keyboard focus: a solid 2 px ring at 3:1 or more against white and the stage shades (WCAG 2.4.7, 1.4.11). */
.jm-editable:focus-visible,.jm-handle:focus-visible,.jm-icon-button:focus-visible,.jm-emotion-button:focus-visible,.jm-cell:focus-visible,.jm-nav-stage:focus-visible{background:#f0f6ff;outline:2px solid #0b5cd5;outline-offset:1px}
.jm-placeholder{color:#6b6b6b}
.jm-chip{display:flex;gap:6px;align-items:flex-start;font-size:12px;line-height:1.4;padding:2px 4px;border-radius:4px;background:#fff2f0}
.jm-opportunity{background:#eef6ff}
.jm-chip-text{word-break:break-word}
.jm-clickable{cursor:pointer}
.jm-clickable:hover{outline:1px solid #91caff}
.jm-severity{flex:none;display:inline-flex;width:18px;height:18px;border-radius:9px;color:#fff;font-size:11px;font-weight:600;align-items:center;justify-content:center}
.jm-add-insight{align-self:flex-start;color:#595959;font-size:12px}
.jm-lane-picture{display:inline-flex;align-items:flex-start;gap:2px}
.jm-emotion-cell{font-size:12px;white-space:nowrap}
.jm-emotion-button{border:1px solid #e3e8f0;background:rgba(255,255,255,.9);border-radius:12px;padding:1px 10px;cursor:pointer}
.jm-emotion-button:hover{border-color:#91caff}
.jm-metric{display:flex;justify-content:space-between;gap:6px;font-size:12px;line-height:1.6}
.jm-metric-name{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.jm-metric-target{color:#595959;white-space:nowrap}
.jm-slot{position:absolute;top:0;z-index:2;display:flex;align-items:center;justify-content:center;color:#6b6b6b;font-size:12px;border:2px dashed transparent;box-sizing:border-box}
.jm-slot.over{border-color:#0b5cd5;background:rgba(31,111,235,.04)}
.jm-drop-line{position:absolute;top:0;width:4px;margin-left:-2px;background:#1f6feb;z-index:4;border-radius:2px;pointer-events:none}
[data-exporting] .jm-export-only{display:inline-flex}
.jm-export-only{display:none;gap:4px;align-items:center;font-size:12px;color:#595959}
[data-exporting] .jm-navigator,[data-exporting] .jm-lane-toggle{display:none}
.jm-lane-title{display:flex;align-items:center;gap:2px}
.jm-lane-toggle{padding:2px;margin-left:-4px;font-size:10px;color:#595959}
.jm-lane-collapsed{padding-top:4px;padding-bottom:4px;background:#f1f4f8}
.jm-navigator{display:flex;gap:4px;overflow-x:auto;padding-bottom:2px;scrollbar-width:thin}
.jm-nav-stage{flex:none;display:inline-flex;align-items:center;gap:4px;max-width:160px;border:1px solid #d6dfeb;border-top:3px solid #1f6feb;background:#fff;border-radius:4px;padding:2px 8px;font-size:12px;color:#374151;cursor:pointer}
.jm-nav-stage.on{background:#eef3f9;color:#111827;font-weight:600}
.jm-nav-stage:hover,.jm-nav-stage:focus-visible{border-color:#0b5cd5}
.jm-nav-index{flex:none;font-variant-numeric:tabular-nums;color:#595959}
.jm-nav-name{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.jm-conflict{margin:8px 0;padding:8px;background:#f8fafc;border-radius:6px}
.jm-conflict dt{font-weight:600}
.jm-conflict dd{margin:2px 0 0;white-space:pre-wrap;word-break:break-word}
.jm-view-hint{font-size:12px;color:#595959}
.jm-compact .jm-lane-hint{display:none}
.jm-compact .jm-cell{font-size:12px;padding:4px 6px;line-height:1.35}
.jm-compact .jm-channel-select{max-width:92px}
`;
