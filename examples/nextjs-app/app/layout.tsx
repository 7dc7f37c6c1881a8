import type { ReactNode } from "react";
import "signup-kit/styles.css";

export const metadata = { title: "Sign up: signup-kit on the Next.js App Router" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <main>{children}</main>
      </body>
    </html>
  );
}
