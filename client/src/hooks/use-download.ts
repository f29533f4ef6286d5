import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/error-messages';
import { saveFile } from '../lib/save-file';

/** Downloads a file the API answers, saves it under its name and tells a failure. */
export function useDownload() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string>();
  const run = (name: string, fetchFile: () => Promise<Blob>) => {
    setBusy(name);
    fetchFile()
      .then((file) => saveFile(file, name))
      .catch(
        (error: unknown) =>
          void message.error(t('import.downloadFailed', { message: errorMessage(t, error) })),
      )
      .finally(() => setBusy(undefined));
  };
  return { run, busy };
}
