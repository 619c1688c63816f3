import { ApiFailure, failureFrom, UNREACHABLE } from './api-failure.js';
import { REQUEST_HEADER } from './client.js';

/**
 * Sends a file as the raw request body (`application/octet-stream`), reporting upload progress.
 * `fetch` cannot report the progress of a request body, so this one call uses XMLHttpRequest; the
 * path is one of the generated schema's (`createUpload`), and the answer is checked like any other.
 *
 * @param path - the API path with its query, e.g. `/api/patients/p1/uploads?filename=left.stl`
 * @param file - the file chosen by the user
 * @param onProgress - called with the fraction sent, 0..1
 * @returns the parsed JSON answer
 * @throws ApiFailure for an error answer or an unreachable server
 */
export function sendFile(path: string, file: Blob, onProgress: (fraction: number) => void): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    for (const [name, value] of Object.entries(REQUEST_HEADER)) request.setRequestHeader(name, value);
    request.setRequestHeader('Content-Type', 'application/octet-stream');
    request.responseType = 'text';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onerror = () => reject(new ApiFailure(0, 'unreachable', UNREACHABLE));
    request.onload = () => {
      let body: unknown = null;
      try {
        body = request.responseText === '' ? null : JSON.parse(request.responseText);
      } catch {
        // not JSON: the failure below says the status
      }
      const headers = new Headers();
      const retryAfter = request.getResponseHeader('retry-after');
      if (retryAfter !== null) headers.set('retry-after', retryAfter);
      const response = new Response(null, { status: request.status, headers });
      if (request.status >= 200 && request.status < 300) resolve(body);
      else reject(failureFrom(response, body));
    };
    request.send(file);
  });
}
