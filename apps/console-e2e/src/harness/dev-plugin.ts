import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A small clinic plugin the e2e API loads by path in its dev loop (OPENCX_PLUGINS=<file>,
 * OPENCX_PLUGIN_DEV=1 — the documented partner loop, nothing only tests can reach). It starts at
 * release 1; a spec that needs "the plugin shipped a newer template" writes release 2 over the file
 * and the running API reloads it, as it would for a partner rebuilding their plugin.
 */
export const DEV_PLUGIN_ID = 'e2e-clinic';
export const DEV_TEMPLATE_ID = `${DEV_PLUGIN_ID}/clinic-visit`;

const text = (en: string, zh: string) => ({ 'zh-CN': zh, en });

function touchpoint(key: string, name: ReturnType<typeof text>, channel: string, metricKeys: string[]) {
  return {
    key,
    name,
    channel,
    customerAction: text('Does what the step asks', '按步骤办理'),
    customerThought: text('How long will this take?', '要多久?'),
    expectation: text('A clear next step', '清楚下一步'),
    emotion: 0,
    momentOfTruth: false,
    layer: 'front_stage',
    metricKeys,
    painPoints: [],
    opportunities: [],
  };
}

/**
 * Release 1: two stages (挂号 with the window, 就诊 with the consultation). Release 2 adds online
 * booking to 挂号 and renames 就诊 to 门诊就诊 — two changes the upgrade notice lists.
 */
export function devPluginManifest(release: 1 | 2): unknown {
  const version = `${release}.0.0`;
  return {
    id: DEV_PLUGIN_ID,
    version,
    compatibility: '^0.1.0',
    displayName: text('E2E clinic', '端到端诊所'),
    description: text('A clinic plugin the end-to-end suite upgrades while the API runs', '端到端测试在运行中升级的诊所插件'),
    industries: ['e2e-clinic'],
    industryNames: { 'e2e-clinic': text('Clinic (e2e)', '诊所(端到端)') },
    personas: [
      {
        key: 'patient',
        name: text('Patient', '患者'),
        description: text('Visits the clinic for a consultation', '来诊所看病的患者'),
        goals: [text('See a doctor soon', '尽快看上医生')],
        needs: [text('Clear directions', '清楚的指引')],
        frustrations: [text('Queuing twice', '重复排队')],
        segmentKey: 'patient',
      },
    ],
    metrics: [],
    journeyTemplates: [
      {
        key: 'clinic-visit',
        version,
        name: text('Clinic visit', '诊所就诊'),
        description: text('From registration to the consultation', '从挂号到就诊'),
        state: 'current',
        shape: 'linear',
        personaKey: 'patient',
        stages: [
          {
            key: 'registration',
            name: text('Registration', '挂号'),
            touchpoints: [
              ...(release === 2 ? [touchpoint('online-booking', text('Online booking', '线上预约'), 'app', ['ces'])] : []),
              touchpoint('registration-desk', text('Registration desk', '窗口挂号'), 'on_site', ['csat']),
            ],
          },
          {
            key: 'consultation',
            name: release === 2 ? text('Outpatient consultation', '门诊就诊') : text('Consultation', '就诊'),
            touchpoints: [touchpoint('doctor-visit', text('Doctor visit', '医生问诊'), 'on_site', ['nps'])],
          },
        ],
      },
    ],
  };
}

/** Where the harness keeps the plugin's built file (inside the run's data folder). */
export function devPluginFile(dataDir: string): string {
  return join(dataDir, 'plugins', DEV_PLUGIN_ID, 'index.js');
}

/** Writes a release the way a build does: beside the file, then renamed over it (one change event). */
export function buildDevPlugin(file: string, release: 1 | 2): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, `exports.plugin = ${JSON.stringify(devPluginManifest(release), null, 2)};\n`);
  renameSync(`${file}.tmp`, file);
}
