package cn.gov.agency.meeting.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Lets several requests go at the same moment (all threads wait at one gate) and collects their answers. */
final class RaceGate {

  private RaceGate() {}

  static <T> List<T> together(List<Callable<T>> contenders) throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(contenders.size());
    try {
      List<Future<T>> answers = new ArrayList<>();
      for (Callable<T> contender : contenders) {
        answers.add(pool.submit(() -> {
          gate.await();
          return contender.call();
        }));
      }
      gate.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> answer : answers) {
        results.add(answer.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  static <T> List<T> together(int times, Callable<T> contender) throws Exception {
    List<Callable<T>> contenders = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      contenders.add(contender);
    }
    return together(contenders);
  }
}
