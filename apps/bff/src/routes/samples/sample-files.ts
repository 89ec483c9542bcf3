import { Router } from 'express';
import { SAMPLE_FILES } from '../../automation/intake/sample-files.ts';

/**
 * `GET /samples/:name`: the files a **Send test conversation** event links to, so a newcomer sees the
 * engine download and attach them to the Zoho records. Public and static: nothing tenant-specific.
 */
export function sampleFilesRouter(): Router {
  const router = Router();
  router.get('/samples/:name', (req, res) => {
    const file = SAMPLE_FILES[req.params.name];
    if (!file) {
      res.status(404).type('text/plain').send('No such sample file.');
      return;
    }
    res.type(file.type).set('cache-control', 'public, max-age=86400').send(file.data);
  });
  return router;
}
