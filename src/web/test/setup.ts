// Web component tests: the app's real i18n in English, and a clean DOM and HTTP stub after each test.
import { cleanup } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, vi } from 'vitest';
import '../i18n/index.ts';

await i18next.changeLanguage('en');
// jsdom has no layout: the router's scroll restoration has nothing to scroll.
window.scrollTo = () => {};
// Nor does it have ResizeObserver, which charts use to follow their box; with no layout nothing resizes.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
// jsdom has <dialog> but not its modal methods; the browser's own behaviour (top layer, focus trap) is for e2e.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
  };
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});
