import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type Channel, PRESETS, presetSchema, type Preset } from '@cxc/shared/domain/channels';
import { targetModuleSchema } from '@cxc/shared/domain/modules';
import { applyPreset, type IntegrationSettings } from '@cxc/shared/domain/settings';
import { useEditor } from '@/lib/settings/editor-context';
import { useSetSetting } from '@/lib/settings/use-set-setting';

/**
 * CloudCX's two one-click setups. The domain's applyPreset decides what changes (record types, default
 * rows for modules without any, the search order); each changed part is set on its own form path so
 * the lists showing it update.
 */
export function PresetButtons({ channel }: { channel: Channel }) {
  const { t } = useTranslation('channels');
  const { t: tEvents } = useTranslation('events');
  const { getValues, control } = useFormContext<IntegrationSettings>();
  const [visitorAs, conversationAs] = useWatch({
    control,
    name: [`channels.${channel}.visitorAs`, `channels.${channel}.conversationAs`],
  });
  // A preset is "in use" while the channel records exactly what it would (whoever set it so).
  const inUse = (preset: Preset) => {
    const targets = PRESETS[preset][channel];
    return (
      visitorAs === targets.visitorAs &&
      conversationAs.length === targets.conversationAs.length &&
      targets.conversationAs.every((module) => (conversationAs as string[]).includes(module))
    );
  };
  const set = useSetSetting();
  const { announce } = useEditor();

  const describe = (preset: Preset) => {
    const targets = PRESETS[preset][channel];
    return t('presets.effect', {
      visitor: tEvents(`modules.${targets.visitorAs}`),
      conversation: targets.conversationAs.map((module) => tEvents(`modules.${module}`)).join(', '),
    });
  };

  const apply = (preset: Preset) => {
    const before = getValues();
    const next = applyPreset(before, channel, preset).channels[channel];
    set(`channels.${channel}.visitorAs`, next.visitorAs);
    set(`channels.${channel}.conversationAs`, next.conversationAs);
    for (const module of targetModuleSchema.options) {
      if (next.mapping[module] !== before.channels[channel].mapping[module])
        set(`channels.${channel}.mapping.${module}`, next.mapping[module] ?? []);
    }
    const order = applyPreset(before, channel, preset).identification.searchOrder;
    if (order !== before.identification.searchOrder) set('identification.searchOrder', order);
    announce(t('presets.applied', { preset: t(`presets.${preset}`), effect: describe(preset) }));
  };

  return (
    <section className="settings-section" aria-labelledby={`presets-${channel}`}>
      <h3 id={`presets-${channel}`} className="settings-section__title">
        {t('presets.heading')}
      </h3>
      <div className="preset-buttons">
        {presetSchema.options.map((preset) => {
          const current = inUse(preset);
          return (
            <div key={preset} className="preset">
              <button
                type="button"
                className={current ? 'button button--primary' : 'button button--secondary'}
                aria-pressed={current}
                aria-describedby={`preset-${channel}-${preset}`}
                onClick={() => apply(preset)}
              >
                {t(`presets.${preset}`)}
              </button>
              <p id={`preset-${channel}-${preset}`} className="preset__effect">
                {current ? <strong>{t('presets.current')}: </strong> : null}
                {describe(preset)}
              </p>
            </div>
          );
        })}
      </div>
    </section>
  );
}
