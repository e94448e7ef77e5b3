/**
 * Before any test: the Debian tools the rendering tests rely on must be there. Fail at once with
 * the command that installs them, instead of a confusing error deep inside a test.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const INSTALL = 'apt-get install -y tesseract-ocr tesseract-ocr-kor fonts-unifont';

export default function setup(): void {
  const missing: string[] = [];
  try {
    const languages = execFileSync('tesseract', ['--list-langs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (!/^kor$/m.test(languages)) missing.push('tesseract-ocr-kor');
  } catch {
    missing.push('tesseract-ocr', 'tesseract-ocr-kor');
  }
  if (!existsSync('/usr/share/fonts/opentype/unifont/unifont.otf')) missing.push('fonts-unifont');
  if (missing.length > 0) throw new Error(`the tests need Debian packages that are not installed (${missing.join(', ')}); run: ${INSTALL}`);
}
