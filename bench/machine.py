#!/usr/bin/env python3
"""Prints a JSON description of this machine for benchmark reports: CPU, cores, memory, OS, JDK, load."""
import json, os, platform, re, subprocess


def cpu_model():
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def os_name():
    try:
        for line in open("/etc/os-release"):
            if line.startswith("PRETTY_NAME="):
                return line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return platform.system()


def java_version():
    out = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    return out[1].strip() if len(out) > 1 else (out[0] if out else "unknown")


def main():
    cores = os.cpu_count()
    mem_kb = next(int(l.split()[1]) for l in open("/proc/meminfo") if l.startswith("MemTotal"))
    flags = next((l for l in open("/proc/cpuinfo") if l.startswith("flags")), "")
    model = cpu_model()
    slug = re.sub(r"[^a-z0-9]+", "-", model.lower()).strip("-")[:24]
    print(json.dumps({
        "name": f"{cores}core-{slug}",
        "cpu": model,
        "cores": cores,
        "avx512": " avx512f" in flags,
        "memory_gb": round(mem_kb / 1024 / 1024, 1),
        "os": os_name(),
        "kernel": platform.release(),
        "java": java_version(),
        "load_average_at_start": os.getloadavg()[0],
    }))


if __name__ == "__main__":
    main()
