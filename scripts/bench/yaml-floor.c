/* The throughput floor for pathlint's corpus benchmark: run libyaml's event parser
 * over every file and do nothing else, on N threads (default: all cores).
 * Usage: yaml-floor FILELIST [THREADS]   (FILELIST: one path per line)
 * Prints the number of files and events parsed. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <yaml.h>

static char **paths;
static long count;
static long next_index;
static long total_events;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static long parse_file(const char *path) {
    FILE *file = fopen(path, "rb");
    if (!file) return 0;
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    unsigned char *buffer = malloc(size > 0 ? size : 1);
    size_t got = fread(buffer, 1, size, file);
    fclose(file);
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, buffer, got);
    long events = 0;
    for (;;) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) break;
        int done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        events++;
        if (done) break;
    }
    yaml_parser_delete(&parser);
    free(buffer);
    return events;
}

static void *worker(void *unused) {
    (void)unused;
    long events = 0;
    for (;;) {
        pthread_mutex_lock(&lock);
        long index = next_index++;
        pthread_mutex_unlock(&lock);
        if (index >= count) break;
        events += parse_file(paths[index]);
    }
    pthread_mutex_lock(&lock);
    total_events += events;
    pthread_mutex_unlock(&lock);
    return NULL;
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: yaml-floor FILELIST [THREADS]\n"); return 2; }
    FILE *list = fopen(argv[1], "r");
    if (!list) { perror(argv[1]); return 2; }
    long capacity = 1024;
    paths = malloc(capacity * sizeof *paths);
    char line[4096];
    while (fgets(line, sizeof line, list)) {
        line[strcspn(line, "\n")] = 0;
        if (!*line) continue;
        if (count == capacity) paths = realloc(paths, (capacity *= 2) * sizeof *paths);
        paths[count++] = strdup(line);
    }
    fclose(list);
    int threads = argc > 2 ? atoi(argv[2]) : (int)sysconf(_SC_NPROCESSORS_ONLN);
    if (threads < 1) threads = 1;
    pthread_t *ids = malloc(threads * sizeof *ids);
    for (int i = 0; i < threads; i++) pthread_create(&ids[i], NULL, worker, NULL);
    for (int i = 0; i < threads; i++) pthread_join(ids[i], NULL);
    printf("%ld files, %ld events\n", count, total_events);
    return 0;
}
