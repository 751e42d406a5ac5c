import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { Member } from '../../../shared/delegation/schemas';
import { fullName } from '../../../shared/directory/person';
import { formatDateRange } from '../../../shared/dates';
import { currentLang } from '../i18n';
import { hrefs } from '../lib/router';
import { AlertIcon } from '../components/Icons';

/** Amber notes under a member's name: warnings, never blocks. */
export function MemberWarnings({ member, members }: { member: Member; members: readonly Member[] }) {
  const { t } = useTranslation();
  const lang = currentLang();
  if (member.warnings.length === 0) return null;
  return (
    <ul className="member-warnings" aria-label={t('delegation.warnings.label')}>
      {member.warnings.map((w) => {
        let text: ReactNode;
        let key: string;
        switch (w.kind) {
          case 'overlap':
            key = `overlap-${w.tripId}`;
            text = (
              <Trans
                i18nKey="delegation.warnings.overlap"
                values={{ title: w.tripTitle, dates: formatDateRange(w.startDate, w.endDate, lang) }}
                components={{ trip: <a href={hrefs.trip(w.tripId)} /> }}
              />
            );
            break;
          case 'duplicateNip': {
            key = `dup-${w.otherMemberId}`;
            const other = members.find((m) => m.id === w.otherMemberId);
            text = other ? t('delegation.warnings.duplicateNipNamed', { name: fullName(other.person) }) : t('delegation.warnings.duplicateNip');
            break;
          }
          case 'missingNip':
            key = 'missing';
            text = t('delegation.warnings.missingNip');
            break;
        }
        return (
          <li key={key} className="member-warning">
            <AlertIcon size={13} />
            <span>{text}</span>
          </li>
        );
      })}
    </ul>
  );
}
