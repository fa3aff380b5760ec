import { render } from 'preact';
import '../../assets/base.css';

function Collection() {
  return (
    <main style={{ padding: '16px 24px' }}>
      <h1>我的标注 Collection</h1>
      <p>Tagged items from the reports you have read will be listed here, ready to export as CSV.</p>
    </main>
  );
}

render(<Collection />, document.getElementById('app')!);
