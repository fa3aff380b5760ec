import { render } from 'preact';
import '../../components/collection/ui.css';
import './popup.css';
import { language, t } from '../../components/collection/i18n';
import { App } from './App';

document.documentElement.lang = language === 'en' ? 'en' : 'zh-CN';
document.title = t('appName');

render(<App />, document.getElementById('app')!);
