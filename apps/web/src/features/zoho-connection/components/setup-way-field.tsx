import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { DataCenterOption } from '@cxc/shared/api/zoho-connection';
import { useDataCenterName } from '@/lib/data-center-label';
import { SETUP_WAYS, type ConnectionFormValues, type SetupWay } from '../schemas/connection-form';

interface SetupWayFieldProps {
  idPrefix: string;
  systemDataCenters: readonly DataCenterOption[];
  onWayChange: (way: SetupWay) => void;
}

/**
 * How the tenant connects. The system configuration is offered only for the data centers the platform
 * has set up; without any, the choice stays visible but disabled, with the reason.
 */
export function SetupWayField({ idPrefix, systemDataCenters, onWayChange }: SetupWayFieldProps) {
  const { t } = useTranslation();
  const { optionLabel } = useDataCenterName();
  const { register } = useFormContext<ConnectionFormValues>();
  const systemList = systemDataCenters.map(optionLabel).join(', ');
  const description: Record<SetupWay, string> = {
    system:
      systemDataCenters.length > 0
        ? t('connection.setup.way.systemDescription', { dataCenters: systemList })
        : t('connection.setup.way.systemUnavailable'),
    custom: t('connection.setup.way.customDescription'),
    selfClient: t('connection.setup.way.selfClientDescription'),
  };
  return (
    <fieldset className="choice-group">
      <legend className="field__label">{t('connection.setup.way.legend')}</legend>
      {SETUP_WAYS.map((way) => {
        const id = `${idPrefix}-way-${way}`;
        return (
          <div key={way} className="choice">
            <input
              type="radio"
              id={id}
              value={way}
              disabled={way === 'system' && systemDataCenters.length === 0}
              aria-describedby={`${id}-description`}
              {...register('way', { onChange: () => onWayChange(way) })}
            />
            <div>
              <label htmlFor={id} className="choice__label">
                {t(`connection.setup.way.${way}`)}
              </label>
              <p id={`${id}-description`} className="choice__description">
                {description[way]}
              </p>
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
