import { render } from 'preact';
import '../../assets/base.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
