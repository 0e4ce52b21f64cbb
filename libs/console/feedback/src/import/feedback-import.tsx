'use client';

import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Flex, Progress, Radio, Select, Space, Statistic, Table, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useTranslations } from 'next-intl';
import { getGqlWorkspace, useGqlAction, useGqlQuery, WORKSPACE_HEADER } from '@opencx/console-graphql';
import { useReadOnly } from '@opencx/console-shell';
import { ImportJobQuery } from '../documents/feedback.documents';
import { duplicateFields, IMPORT_ENCODINGS, IMPORT_POLL_MS, importFinished, importStartQuery, mappingToSend, PREVIEW_BYTES, type ImportEncodingChoice, type ImportPreview } from './import-request';

/** POSTs (part of) the file to a same-origin import route; the API's error message when it refuses. */
async function postCsv<T>(path: string, body: Blob): Promise<T> {
  const workspace = getGqlWorkspace();
  const res = await fetch(path, { method: 'POST', body, headers: { 'content-type': 'text/csv', ...(workspace ? { [WORKSPACE_HEADER]: workspace } : {}) }, credentials: 'same-origin' });
  const answer = (await res.json().catch(() => null)) as (T & { message?: string; error?: { message?: string } }) | null;
  if (!res.ok || !answer) throw new Error(answer?.error?.message ?? answer?.message ?? `HTTP ${res.status}`);
  return answer;
}

/**
 * The import screen: choose a CSV and its encoding, map its headers to fields with a preview of the
 * first rows, start the import, and follow its progress to the counts and the rejected rows' report.
 */
export function FeedbackImport() {
  const t = useTranslations('feedback.import');
  const readOnly = useReadOnly();
  const [file, setFile] = useState<File | null>(null);
  const [encoding, setEncoding] = useState<ImportEncodingChoice>('auto');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [chosen, setChosen] = useState<Record<string, string | undefined>>({});
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useGqlQuery(ImportJobQuery, { variables: { id: jobId ?? '' }, skip: !jobId });
  const status = job.data?.importJob.status;
  const refetchJob = job.refetch;

  const loadPreview = useGqlAction(async (f: File, enc: ImportEncodingChoice) => postCsv<ImportPreview>(`/api/feedback/import/preview?encoding=${enc}`, f.slice(0, PREVIEW_BYTES)), {
    onSuccess: (p) => {
      setPreview(p);
      setChosen(Object.fromEntries(p.headers.map((h) => [h, p.mapping[h]])));
    },
  });
  const start = useGqlAction(
    async () => {
      if (!file || !preview) return null;
      return postCsv<{ id: string }>(`/api/feedback/import?${importStartQuery(encoding, mappingToSend(preview.headers, chosen), file.name)}`, file);
    },
    { onSuccess: (started) => started && setJobId(started.id) },
  );

  useEffect(() => {
    if (file) void loadPreview.run(file, encoding);
    // A new file or encoding is a new preview (loadPreview.run keeps its identity).
  }, [file, encoding]);

  // The live progress bar: poll the job until it is over.
  useEffect(() => {
    if (!jobId || importFinished(status)) return;
    const timer = setInterval(() => void refetchJob(), IMPORT_POLL_MS);
    return () => clearInterval(timer);
  }, [jobId, status, refetchJob]);

  const duplicates = useMemo(() => duplicateFields(chosen), [chosen]);
  const reset = () => {
    setFile(null);
    setPreview(null);
    setChosen({});
    setJobId(null);
  };

  const j = job.data?.importJob;
  const percent = j ? (j.status === 'succeeded' ? 100 : Math.floor(j.progress)) : 0;
  const fieldOptions = (preview?.fields ?? []).map((f) => ({ value: f, label: f }));

  return (
    <Card title={t('title')}>
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('intro')}
        </Typography.Paragraph>
        {!jobId ? (
          <>
            <Upload.Dragger
              accept=".csv,text/csv"
              maxCount={1}
              disabled={readOnly}
              showUploadList={false}
              beforeUpload={(f) => {
                setFile(f);
                return false;
              }}
              data-testid="import-file"
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p>{file ? file.name : t('choose')}</p>
            </Upload.Dragger>
            <Space wrap>
              <span>{t('encoding')}</span>
              <Radio.Group value={encoding} onChange={(e) => setEncoding(e.target.value as ImportEncodingChoice)} optionType="button" data-testid="import-encoding">
                {IMPORT_ENCODINGS.map((e) => (
                  <Radio.Button key={e} value={e}>
                    {t(`encodings.${e}`)}
                  </Radio.Button>
                ))}
              </Radio.Group>
              {preview ? <Typography.Text type="secondary">{t('detected', { encoding: t(`encodings.${preview.detectedEncoding === 'utf8' ? 'utf8' : 'gb18030'}`) })}</Typography.Text> : null}
            </Space>
            {preview ? (
              <>
                <Typography.Title level={5} style={{ margin: 0 }}>
                  {t('mapping')}
                </Typography.Title>
                <Flex wrap gap={12} data-testid="import-mapping">
                  {preview.headers.map((h) => (
                    <Flex key={h} vertical gap={4}>
                      <Typography.Text strong>{h}</Typography.Text>
                      <Select
                        size="small"
                        allowClear
                        style={{ minWidth: 150 }}
                        placeholder={t('ignore')}
                        value={chosen[h]}
                        options={fieldOptions}
                        // A short list, every option in the page (a virtual list re-renders while it scrolls an option into view).
                        virtual={false}
                        onChange={(v: string | undefined) => setChosen((c) => ({ ...c, [h]: v }))}
                        data-testid={`import-map-${h}`}
                        aria-label={t('mapFor', { header: h })}
                      />
                    </Flex>
                  ))}
                </Flex>
                <Table
                  size="small"
                  pagination={false}
                  rowKey={(_, i) => String(i)}
                  data-testid="import-preview"
                  dataSource={preview.rows}
                  columns={preview.headers.map((h, i) => ({ key: `${i}`, title: chosen[h] ? `${h} → ${chosen[h]}` : h, render: (_: unknown, row: string[]) => row[i] ?? '' }))}
                />
                {duplicates.length ? <Alert type="warning" showIcon message={t('duplicateFields', { fields: duplicates.join(', ') })} /> : null}
                <Space>
                  <Button type="primary" disabled={readOnly || duplicates.length > 0} loading={start.busy} onClick={() => void start.run()} data-testid="import-start">
                    {t('start')}
                  </Button>
                  <Button onClick={reset}>{t('reset')}</Button>
                </Space>
              </>
            ) : null}
          </>
        ) : (
          <Flex vertical gap={12} data-testid="import-job" data-status={j?.status ?? 'queued'}>
            <Typography.Text>{t(`status.${j?.status ?? 'queued'}` as 'status.queued', { file: j?.fileName ?? file?.name ?? '' })}</Typography.Text>
            <Progress percent={percent} status={j?.status === 'failed' ? 'exception' : importFinished(j?.status) ? 'success' : 'active'} data-testid="import-progress" data-percent={percent} />
            {j && importFinished(j.status) ? (
              <>
                {j.failure ? <Alert type="error" showIcon message={j.failure} /> : null}
                <Space size="large" wrap>
                  <Statistic title={t('accepted')} value={j.accepted} data-testid="import-accepted" />
                  <Statistic title={t('duplicate')} value={j.duplicate} data-testid="import-duplicate" />
                  <Statistic title={t('rejected')} value={j.rejected} data-testid="import-rejected" />
                </Space>
                {j.rejected > 0 ? (
                  <Button icon={<DownloadOutlined />} href={`/api/feedback/import/${j.id}/errors.csv`} download data-testid="import-errors-csv">
                    {t('downloadErrors')}
                  </Button>
                ) : null}
                <div>
                  <Button onClick={reset}>{t('another')}</Button>
                </div>
              </>
            ) : null}
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
