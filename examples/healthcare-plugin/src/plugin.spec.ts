import { describePluginContract } from '@opencx/plugin-sdk/testing';
import { plugin } from './index';

describePluginContract(plugin);

describe('healthcare plugin', () => {
  it('follows an outpatient visit from booking to the follow-up call', () => {
    expect(plugin.journeyTemplates[0].stages.map((s) => s.name['zh-CN'])).toEqual(['预约挂号', '签到', '就诊', '缴费', '取药', '随访']);
  });
});
