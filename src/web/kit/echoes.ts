/**
 * Tells an editor's own values, coming back to it through its parent's state, from a value set from outside
 * (a form reset, a reloaded record). A parent renders the values an editor emits later than the editor
 * emits them: while someone types fast on a busy machine, the value of two key presses ago can arrive after
 * the editor has moved on. Taken for a new value from outside, it would replace the content with an older
 * one and lose the selection.
 */
export class Echoes<T> {
  /** What the editor has emitted since its content was last set from outside, the newest last. */
  private emitted: T[];

  constructor(initial: T) {
    this.emitted = [initial];
  }

  /** The editor emitted `value`. */
  emit(value: T): void {
    this.emitted.push(value);
  }

  /**
   * Whether `value`, arriving from the parent, is new from outside and must replace the content. Once the
   * newest emitted value has come back, no older one can still be on its way.
   */
  isFromOutside(value: T): boolean {
    const newest = this.emitted[this.emitted.length - 1];
    if (value === newest) {
      this.emitted = [value];
      return false;
    }
    if (this.emitted.includes(value)) {
      return false;
    }
    this.emitted = [value];
    return true;
  }
}
