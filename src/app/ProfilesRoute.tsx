import { useState } from 'preact/hooks';
import { useTranslation } from '../i18n/context';
import { exportProfiles } from '../storage/exchange';
import {
  createProfile,
  deleteAllProfiles,
  deleteProfiles,
  listProfiles,
  saveNotes,
} from '../storage/profiles';
import { DEVICE_PROFILE } from '../storage/records';
import { downloadJson } from '../ui/download';
import { MessageScreen } from '../ui/screens/MessageScreen';
import { ProfilesScreen } from '../ui/screens/ProfilesScreen';
import { useLoadable } from './attempt';
import { takeFlash } from './flash';
import { importResultsFile } from './importFile';
import { LoadFailure } from './LoadFailure';
import { navigate } from './routes';
import { useServices } from './services';

/** Wires the list of people followed to the database: open, add, delete, notes, files. */
export function ProfilesRoute() {
  const { db, profileId, setActiveProfile, setProfessionalMode } = useServices();
  const { t } = useTranslation();
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState(takeFlash);
  const profiles = useLoadable(() => listProfiles(db), version);
  const refresh = (message?: string) => {
    setNotice(message);
    setVersion((v) => v + 1);
  };

  if (profiles.status === 'loading') return <MessageScreen title={t('app.loading')} />;
  if (profiles.status === 'error') return <LoadFailure error={profiles.error} />;

  return (
    <ProfilesScreen
      profiles={profiles.value}
      activeId={profileId}
      notice={notice}
      onOpen={(id) => {
        setActiveProfile(id);
        navigate({ name: 'home' });
      }}
      onAdd={(name) =>
        void createProfile(db, name).then((profile) => {
          setActiveProfile(profile.id);
          navigate({ name: 'home' });
        })
      }
      onDelete={(id) =>
        void deleteProfiles(db, [id]).then(() => {
          if (id === profileId) setActiveProfile(DEVICE_PROFILE);
          refresh(t('pro.deleted'));
        })
      }
      onDeleteAll={() =>
        void deleteAllProfiles(db).then(() => {
          setActiveProfile(DEVICE_PROFILE);
          refresh(t('pro.allDeleted'));
        })
      }
      onSaveNotes={(id, notes) => void saveNotes(db, id, notes)}
      onExportAll={(includeNotes) =>
        void exportProfiles(
          db,
          profiles.value.map((p) => p.id),
          { includeNotes, deviceName: t('app.name') },
        ).then((file) => downloadJson(`reperes-ia-profils-${today()}.json`, file))
      }
      onImport={(file) =>
        void importResultsFile(db, file, t).then((outcome) => {
          if (outcome.ok) setProfessionalMode(true);
          refresh(outcome.message);
        })
      }
    />
  );
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
