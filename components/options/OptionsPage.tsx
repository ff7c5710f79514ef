/** The options page shell: the first-run welcome, then every registered section (sections.ts). */
import { LanguageRoot } from '../common/LanguageRoot';
import { useT } from '../common/locale';
import { useSettings } from '../common/settings';
import { sections, type SectionProps } from './sections';

export function OptionsPage({ firstRun }: { firstRun: boolean }) {
  const [settings, save] = useSettings();
  return (
    <LanguageRoot settings={settings}>
      <main className="wc-options">
        {settings && <Body firstRun={firstRun && !settings.configured} settings={settings} save={save} />}
      </main>
    </LanguageRoot>
  );
}

function Body(props: { firstRun: boolean } & SectionProps) {
  const t = useT();
  return (
    <>
      <h1>Webcare Assistant</h1>
      {props.firstRun && (
        <p className="wc-welcome" data-testid="first-run">
          {t({
            nl: 'Welkom! Vul in voor welk merk je antwoordt en hoe jullie klinken. Het kost een minuut; alles blijft op deze computer.',
            en: 'Welcome! Tell us which brand you answer for and how you sound. It takes a minute; everything stays on this computer.',
          })}
        </p>
      )}
      <nav>
        {sections.map((section) => (
          <a key={section.id} href={`#${section.id}`}>
            {t(section.title)}
          </a>
        ))}
      </nav>
      {sections.map(({ id, title, component: Section }) => (
        <section key={id} id={id} data-section={id}>
          <h2>{t(title)}</h2>
          <Section settings={props.settings} save={props.save} />
        </section>
      ))}
    </>
  );
}
