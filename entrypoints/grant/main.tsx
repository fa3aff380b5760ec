import { render } from 'preact';
import { detectLanguage } from '../../lib/i18n';
import { pageText } from '../../lib/i18n/page';
import './grant.css';
import { GrantPage } from './GrantPage';

const language = detectLanguage();
const t = pageText(language);
document.documentElement.lang = language === 'en' ? 'en' : 'zh-CN';
document.title = `${t('grantTitle')} · ${t('appName')}`;
const query = new URLSearchParams(location.search);
const tab = Number(query.get('tab'));
render(<GrantPage site={query.get('site') ?? ''} tabId={Number.isInteger(tab) && tab >= 0 ? tab : null} t={t} />, document.getElementById('app')!);
