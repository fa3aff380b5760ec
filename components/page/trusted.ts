/**
 * A UI handler that runs only for the reader's own input. Events a page script makes up
 * (`dispatchEvent`, `element.click()`) have isTrusted false and are ignored: the page must not be
 * able to collect, dismiss, tag or stop the annotator in the reader's name.
 */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}
