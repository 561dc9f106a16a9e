import { describe, expect, it } from 'vitest';
import { groupCommit, type Outcome } from './group-commit.ts';

/** A commit the test finishes when it chooses, recording each batch it was given. */
function controlledCommit() {
  const batches: string[][] = [];
  const finishers: ((outcomes: Outcome[] | Error) => void)[] = [];
  const commit = (items: readonly string[]) =>
    new Promise<Outcome[]>((resolve, reject) => {
      batches.push([...items]);
      finishers.push((outcomes) => {
        if (outcomes instanceof Error) reject(outcomes);
        else resolve(outcomes);
      });
    });
  /** Finishes the commit of batch `index`: every item stored, or the whole batch failed with an error. */
  const finish = (index: number, outcome?: Error) => {
    const batch = batches[index] ?? [];
    finishers[index]?.(outcome ?? batch.map(() => undefined));
  };
  return { batches, commit, finish };
}

/** Lets the event loop run until pending setImmediate callbacks and promise jobs have run. */
const settleLoop = () => new Promise((resolve) => setTimeout(resolve, 5));

/** What became of each add, in the order they were made: 'stored', 'pending' or the rejection's message. */
function tracker() {
  const states: string[] = [];
  const track = (adds: Promise<void>[]) => {
    for (const add of adds) {
      const index = states.push('pending') - 1;
      add.then(
        () => (states[index] = 'stored'),
        (error: unknown) => (states[index] = error instanceof Error ? error.message : String(error)),
      );
    }
    return states;
  };
  return { states, track };
}

const track = (adds: Promise<void>[]) => tracker().track(adds);

describe('groupCommit', () => {
  it('commits adds made together in one batch, and acknowledges none before that commit returns', async () => {
    const { batches, commit, finish } = controlledCommit();
    const group = groupCommit(commit);
    const states = track(['a', 'b', 'c'].map((item) => group.add(item)));
    await settleLoop();
    expect(batches).toEqual([['a', 'b', 'c']]);
    expect(states).toEqual(['pending', 'pending', 'pending']);
    finish(0);
    await settleLoop();
    expect(states).toEqual(['stored', 'stored', 'stored']);
  });

  it('gathers the adds made while a commit is in flight into the next batch', async () => {
    const { batches, commit, finish } = controlledCommit();
    const group = groupCommit(commit);
    const { states, track } = tracker();
    track([group.add('first')]);
    await settleLoop();
    track(['second', 'third', 'fourth'].map((item) => group.add(item)));
    await settleLoop();
    expect(batches).toEqual([['first']]);
    finish(0);
    await settleLoop();
    expect(batches).toEqual([['first'], ['second', 'third', 'fourth']]);
    expect(states).toEqual(['stored', 'pending', 'pending', 'pending']);
    finish(1);
    await settleLoop();
    expect(states).toEqual(['stored', 'stored', 'stored', 'stored']);
  });

  it('rejects every add of a batch whose commit fails, and only those', async () => {
    const { commit, finish } = controlledCommit();
    const group = groupCommit(commit);
    const { states, track } = tracker();
    track([group.add('a'), group.add('b')]);
    await settleLoop();
    track([group.add('c')]);
    finish(0, new Error('disk I/O error'));
    await settleLoop();
    finish(1);
    await settleLoop();
    expect(states).toEqual(['disk I/O error', 'disk I/O error', 'stored']);
  });

  it('rejects only the item its commit refused', async () => {
    const group = groupCommit((items: readonly string[]) =>
      items.map((item) => (item === 'bad' ? new Error(`refused ${item}`) : undefined)),
    );
    const states = track(['good', 'bad', 'also good'].map((item) => group.add(item)));
    await group.flush();
    await settleLoop();
    expect(states).toEqual(['stored', 'refused bad', 'stored']);
  });

  it('acknowledges nothing when the commit does not answer for every item', async () => {
    const group = groupCommit(() => [undefined]);
    const states = track([group.add('a'), group.add('b')]);
    await group.flush();
    await settleLoop();
    expect(states).toEqual([
      'The commit did not answer for every item in its batch.',
      'The commit did not answer for every item in its batch.',
    ]);
  });

  it('flushes: resolves once every add so far is committed, and at once when none is waiting', async () => {
    const { batches, commit, finish } = controlledCommit();
    const group = groupCommit(commit);
    await group.flush();
    const states = track([group.add('a')]);
    let flushed = false;
    void group.flush().then(() => (flushed = true));
    await settleLoop();
    expect(flushed).toBe(false);
    finish(0);
    await settleLoop();
    expect({ flushed, states, batches }).toEqual({ flushed: true, states: ['stored'], batches: [['a']] });
  });
});
