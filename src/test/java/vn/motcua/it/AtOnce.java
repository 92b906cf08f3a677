package vn.motcua.it;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Requests sent at the same moment, each from a thread of its own, released together once every
 * thread is ready: the races of double clicks, parallel sign-ins and a gateway's repeated
 * callbacks.
 */
final class AtOnce {

  private AtOnce() {}

  /** The answers in the calls' order. */
  static <T> List<T> run(List<Callable<T>> calls) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(calls.size());
    try {
      CountDownLatch ready = new CountDownLatch(calls.size());
      CountDownLatch go = new CountDownLatch(1);
      List<Future<T>> answers = new ArrayList<>();
      for (Callable<T> call : calls) {
        answers.add(
            threads.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  return call.call();
                }));
      }
      ready.await();
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> answer : answers) {
        results.add(answer.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      threads.shutdownNow();
    }
  }

  /** The same call {@code times} times. */
  static <T> List<T> run(int times, Callable<T> call) throws Exception {
    return run(Collections.nCopies(times, call));
  }
}
