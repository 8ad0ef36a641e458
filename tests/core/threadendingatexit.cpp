// SPDX-License-Identifier: Apache-2.0
// A process whose thread ends while exit() runs, after OpenSSL's exit handler would have freed
// its state: exits 0 when that state outlives the thread, crashes (most runs) when it does not.
#include "oci/digest.h"
#include "tls/openssllifetime.h"

#include <pthread.h>
#include <semaphore.h>

#include <cstdlib>
#include <ctime>
#include <thread>

static sem_t s_release;
static sem_t s_ended;
static pthread_key_t s_lastDestructor;

/// Registered before OpenSSL's exit handler, so it runs after it: lets the thread end, and
/// waits (up to 5 s) until the thread-local destructors, OpenSSL's among them, have run.
static void letTheThreadEnd()
{
    sem_post(&s_release);
    timespec until {};
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_sec += 5;
    sem_timedwait(&s_ended, &until);
}

int main()
{
    sem_init(&s_release, 0, 0);
    sem_init(&s_ended, 0, 0);
    std::atexit(letTheThreadEnd);
    Berth::Tls::keepOpenSslUntilExit();
    Berth::Oci::Digest::sha256("main"); // OpenSSL's state, and its exit handler unless kept
    // Made after OpenSSL's thread key, so its destructor runs after OpenSSL's.
    pthread_key_create(&s_lastDestructor, [](void *) { sem_post(&s_ended); });
    std::thread([] {
        pthread_setspecific(s_lastDestructor, &s_ended);
        Berth::Oci::Digest::sha256("thread"); // this thread's OpenSSL state
        sem_wait(&s_release);
    }).detach();
    return 0;
}
