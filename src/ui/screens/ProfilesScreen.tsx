import { useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/context';
import { Button, ButtonRow } from '../components/Button';
import { ConfirmBox } from '../components/ConfirmBox';
import { FileButton } from '../components/FileButton';
import { FocusHeading } from '../components/FocusHeading';
import { NotesEditor } from '../components/NotesEditor';
import { Notice } from '../components/Notice';
import form from '../components/Form.module.css';
import styles from './ProfilesScreen.module.css';

/** One person followed, as the list shows them. */
export interface ProfileItem {
  id: string;
  name: string;
  notes: string;
  lastActivity: number;
}

/** What the professional can do with the profiles of a shared device. */
export interface ProfilesScreenProps {
  profiles: readonly ProfileItem[];
  activeId: string;
  notice?: string;
  onOpen: (id: string) => void;
  onAdd: (name: string) => void;
  onDelete: (id: string) => void;
  onDeleteAll: () => void;
  onSaveNotes: (id: string, notes: string) => void;
  onExportAll: (includeNotes: boolean) => void;
  onImport: (file: File) => void;
}

/** "Personnes suivies": profiles under a first name or pseudonym, with their last activity. */
export function ProfilesScreen(props: ProfilesScreenProps) {
  const { t, language } = useTranslation();
  const [name, setName] = useState('');
  const [nameMissing, setNameMissing] = useState(false);
  const [confirm, setConfirm] = useState<string | null>(null);
  const [includeNotes, setIncludeNotes] = useState(false);
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' });
  const active = props.profiles.find((p) => p.id === props.activeId);

  return (
    <>
      <FocusHeading>{t('pro.profilesTitle')}</FocusHeading>
      <p>{t('pro.profilesIntro')}</p>
      {props.notice && <Notice kind="status">{props.notice}</Notice>}

      <form
        class={styles.add}
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim() === '') return setNameMissing(true);
          props.onAdd(name);
          setName('');
        }}
      >
        <h2>{t('pro.addTitle')}</h2>
        <label for="profile-name" class={form.label}>
          {t('pro.nameLabel')}
        </label>
        <p id="profile-name-help">{t('pro.nameHelp')}</p>
        <input
          id="profile-name"
          class={form.field}
          type="text"
          maxLength={60}
          autocomplete="off"
          aria-describedby="profile-name-help"
          aria-invalid={nameMissing}
          value={name}
          onInput={(event) => {
            setName(event.currentTarget.value);
            setNameMissing(false);
          }}
        />
        {nameMissing && <p role="alert">{t('pro.nameMissing')}</p>}
        <Button type="submit">{t('pro.add')}</Button>
      </form>

      {props.profiles.length === 0 ? (
        <p>{t('pro.empty')}</p>
      ) : (
        <ul class={styles.list}>
          {props.profiles.map((profile) => (
            <li key={profile.id} class={styles.profile}>
              <h2>{profile.name}</h2>
              <p>{t('pro.lastActivity', { date: date.format(profile.lastActivity) })}</p>
              {profile.id === props.activeId && <p class={styles.active}>{t('pro.active')}</p>}
              <ButtonRow>
                <Button onClick={() => props.onOpen(profile.id)}>
                  {t('pro.open', { name: profile.name })}
                </Button>
                <Button variant="secondary" onClick={() => setConfirm(profile.id)}>
                  {t('pro.delete', { name: profile.name })}
                </Button>
              </ButtonRow>
              {confirm === profile.id && (
                <ConfirmBox
                  question={t('pro.deleteConfirm', { name: profile.name })}
                  confirmLabel={t('pro.yesDelete')}
                  cancelLabel={t('pro.noKeep')}
                  onConfirm={() => {
                    setConfirm(null);
                    props.onDelete(profile.id);
                  }}
                  onCancel={() => setConfirm(null)}
                />
              )}
            </li>
          ))}
        </ul>
      )}

      {active && (
        <NotesEditor
          key={active.id}
          name={active.name}
          notes={active.notes}
          onSave={(notes) => props.onSaveNotes(active.id, notes)}
        />
      )}

      <FileButton
        label={t('exchange.import')}
        help={t('exchange.importHelp')}
        onFile={props.onImport}
      />
      {props.profiles.length > 0 && (
        <>
          <label class={form.check}>
            <input
              type="checkbox"
              checked={includeNotes}
              onChange={(event) => setIncludeNotes(event.currentTarget.checked)}
            />
            {t('pro.includeNotes')}
          </label>
          <ButtonRow>
            <Button variant="secondary" onClick={() => props.onExportAll(includeNotes)}>
              {t('pro.exportAll')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirm('*')}>
              {t('pro.deleteAll')}
            </Button>
          </ButtonRow>
          {confirm === '*' && (
            <ConfirmBox
              question={t('pro.deleteAllConfirm')}
              confirmLabel={t('pro.yesDelete')}
              cancelLabel={t('pro.noKeep')}
              onConfirm={() => {
                setConfirm(null);
                props.onDeleteAll();
              }}
              onCancel={() => setConfirm(null)}
            />
          )}
        </>
      )}
    </>
  );
}
