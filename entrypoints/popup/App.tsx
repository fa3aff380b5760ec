export function App() {
  return (
    <main style={{ padding: '12px 16px', minWidth: '280px' }}>
      <h1 style={{ fontSize: '18px', margin: '0 0 8px' }}>报告标注</h1>
      <p style={{ margin: 0 }}>Report Annotator</p>
    </main>
  );
}
