// The Next.js app around the README's recipe (app/latest.jsx, taken from the README by
// scripts/router-apps.mjs).
export default function RootLayout({children}) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
